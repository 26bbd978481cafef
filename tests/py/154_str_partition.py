# partition / rpartition and their use for parsing key-value and paths
print("key=value".partition("="), "no-sep".partition("="), "a=b=c".partition("="))
print("a=b=c".rpartition("="), "no-sep".rpartition("="), "=x".partition("="))
config = """# comment
host = example.org
port=8080
debug = true
empty =
novalue
"""
settings = {}
for line in config.splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    key, sep, val = line.partition("=")
    if not sep:
        print("skip", repr(line))
        continue
    settings[key.strip()] = val.strip()
print(settings)
def split_ext(fn):
    base, dot, ext = fn.rpartition(".")
    return (base, ext) if dot else (fn, "")
print([split_ext(f) for f in ["a.tar.gz", "README", ".bashrc", "x.py"]])
url = "https://user@host.com:8443/path/to/page?q=1"
scheme, _, rest = url.partition("://")
auth, _, rest = rest.partition("@")
hostport, _, path = rest.partition("/")
host, _, port = hostport.partition(":")
path, _, query = path.partition("?")
print(scheme, auth, host, int(port), "/" + path, query)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
