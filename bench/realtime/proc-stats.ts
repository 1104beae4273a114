import fs from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (`getconf CLK_TCK`, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function cpuSeconds(pid: number): number {
	const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
	// Fields after the command name, which may contain spaces: state is field 3, utime 14, stime 15.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Nanoseconds the main thread spent waiting for a CPU while it could run (other processes had it). */
function runqueueWaitNs(pid: number): number {
	return Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]);
}

function rssMb(pid: number): number {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

export interface ProcFigures {
	/** Mean CPU over the window, in % of one core. */
	cpuMean: number;
	/** Highest one-second CPU, in % of one core. */
	cpuPeak: number;
	rssPeakMb: number;
	rssEndMb: number;
	/** Share of the window the main thread was ready to run but waited for a CPU, in %. */
	runqueueWait: number;
}

/** Samples a process's CPU time and resident memory once a second from /proc. */
export class ProcSampler {
	private readonly startedAt = performance.now();
	private readonly startCpu: number;
	private readonly startWait: number;
	private lastWait: number;
	private lastAt = this.startedAt;
	private lastCpu: number;
	private cpuPeak = 0;
	private rssPeak = 0;
	private rssLast = 0;
	private readonly timer: ReturnType<typeof setInterval>;

	constructor(readonly pid: number) {
		this.startCpu = this.lastCpu = cpuSeconds(pid);
		this.startWait = this.lastWait = runqueueWaitNs(pid);
		this.timer = setInterval(() => this.sample(), 1_000);
	}

	private sample(): void {
		try {
			const at = performance.now();
			const cpu = cpuSeconds(this.pid);
			this.cpuPeak = Math.max(this.cpuPeak, ((cpu - this.lastCpu) / (at - this.lastAt)) * 100_000);
			[this.lastAt, this.lastCpu] = [at, cpu];
			this.lastWait = runqueueWaitNs(this.pid);
			this.rssLast = rssMb(this.pid);
			this.rssPeak = Math.max(this.rssPeak, this.rssLast);
		} catch {
			// The process has exited; what was sampled stands.
		}
	}

	stop(): ProcFigures {
		this.sample();
		clearInterval(this.timer);
		return {
			cpuMean: ((this.lastCpu - this.startCpu) / (this.lastAt - this.startedAt)) * 100_000,
			cpuPeak: this.cpuPeak,
			rssPeakMb: this.rssPeak,
			rssEndMb: this.rssLast,
			runqueueWait: ((this.lastWait - this.startWait) / 1e6 / (this.lastAt - this.startedAt)) * 100
		};
	}
}
