# sys.hexversion and sys.version_info as version checks use them (the VM speaks Python 3.11).
import sys

print(sys.hexversion >= 0x3040000, sys.hexversion >= 0x30B0000, sys.hexversion < 0x4000000)
print(sys.version_info >= (3, 0), sys.version_info < (4,), sys.version_info[:2] >= (3, 7))
major, minor, micro, level, serial = sys.version_info
print(major, major == sys.version_info.major, minor == sys.version_info.minor)
print(isinstance(sys.version_info, tuple), len(sys.version_info), level in ("alpha", "beta", "candidate", "final"))
print(sys.version_info.releaselevel == level, sys.version_info.serial == serial, micro >= 0)
print((sys.hexversion >> 24) == sys.version_info.major, ((sys.hexversion >> 16) & 0xFF) == sys.version_info.minor)
print(isinstance(sys.version, str), sys.version.startswith("%d.%d" % sys.version_info[:2]))
if sys.version_info[0] == 2:
    print("python 2")
else:
    print("python 3")
