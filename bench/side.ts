// The sides of `stackless bench`: child processes that run a program on request and time that
// run alone (bench/runner.py, bench/v8-runner.ts), answering JSON lines in order.
import { spawn, type ChildProcess } from "node:child_process";
import * as readline from "node:readline";

export interface Run {
  ms: number;
  stdout: string;
  stderr: string;
  status: number;
}

/** A child process answering JSON-line requests in order: bench/runner.py or bench/v8-runner.js. */
export class Side {
  private readonly child: ChildProcess;
  private readonly waiting: { resolve(v: unknown): void; reject(e: Error): void }[] = [];
  private stderr = "";

  constructor(command: string, args: string[]) {
    this.child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    readline.createInterface({ input: this.child.stdout! }).on("line", (line) => this.waiting.shift()?.resolve(JSON.parse(line)));
    this.child.stderr!.on("data", (c: Buffer) => (this.stderr += c.toString("utf8")));
    const fail = (why: string) => {
      const last = this.stderr.trim().split("\n").pop();
      for (const w of this.waiting.splice(0)) w.reject(new Error(last ? `${why}: ${last}` : why));
    };
    this.child.on("error", (e) => fail(e.message));
    this.child.on("close", (code) => fail(`${command} exited (${code})`));
    this.child.stdin!.on("error", () => {}); // a dead child is reported by "close"
  }

  request<T>(body: object): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ resolve: resolve as (v: unknown) => void, reject });
      this.child.stdin!.write(JSON.stringify(body) + "\n");
    });
  }

  run(): Promise<Run> {
    return this.request<Run>({ run: true });
  }

  close(): void {
    this.child.stdin!.end();
  }
}
