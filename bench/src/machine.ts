// Describes the machine and moment of a run, so figures are never read without their context.
import { cpus } from "node:os";
import type { MachineInfo } from "./results.js";

/** Cores, CPU model, Node version, platform and the current date. */
export function machineInfo(quick: boolean): MachineInfo {
  const list = cpus();
  return {
    cores: list.length,
    cpuModel: list[0]?.model.trim() ?? "unknown",
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
    quick,
  };
}
