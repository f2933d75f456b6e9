import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { KERNEL_NAME } from "../kernelspec/spec";

/** The content of a Jupyter connection file ("Connection files" in jupyter_client's docs). */
export interface ConnectionInfo {
  transport: "tcp";
  ip: string;
  shell_port: number;
  iopub_port: number;
  stdin_port: number;
  control_port: number;
  hb_port: number;
  key: string;
  signature_scheme: "hmac-sha256";
  kernel_name: string;
}

/** The five channels a kernel binds. */
export type Channel = "shell" | "iopub" | "stdin" | "control" | "hb";

/**
 * Asks the OS for a free TCP port on `ip` by binding port 0, as jupyter_client does.
 * (Another process may take it before the kernel binds it; the kernel start then fails and is reported.)
 */
export function freePort(ip = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, ip, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

/**
 * A connection description with five fresh ports and a random 256-bit signing key.
 *
 * @example
 * const info = await newConnectionInfo(); // { transport: "tcp", ip: "127.0.0.1", shell_port: 40123, ... }
 */
export async function newConnectionInfo(ip = "127.0.0.1", kernelName = KERNEL_NAME): Promise<ConnectionInfo> {
  // The OS may hand back a port it gave a moment ago (it was closed again): each channel needs its own.
  const taken = new Set<number>();
  const distinctPort = async (): Promise<number> => {
    for (;;) {
      const port = await freePort(ip);
      if (taken.has(port)) continue;
      taken.add(port);
      return port;
    }
  };
  const shell_port = await distinctPort();
  const iopub_port = await distinctPort();
  const stdin_port = await distinctPort();
  const control_port = await distinctPort();
  const hb_port = await distinctPort();
  return {
    transport: "tcp",
    ip,
    shell_port,
    iopub_port,
    stdin_port,
    control_port,
    hb_port,
    key: randomBytes(32).toString("hex"),
    signature_scheme: "hmac-sha256",
    kernel_name: kernelName,
  };
}

/**
 * The ZeroMQ address of one channel.
 *
 * @example
 * channelAddress(info, "shell") // "tcp://127.0.0.1:40123"
 */
export function channelAddress(info: ConnectionInfo, channel: Channel): string {
  return `${info.transport}://${info.ip}:${info[`${channel}_port`]}`;
}
