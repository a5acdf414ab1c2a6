/**
 * Records every attempt to reach the network from this process: http(s) requests, TCP/TLS connections, DNS
 * look-ups and fetch. Calls go through unchanged; the test asserts none were made.
 */
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";
import { inspect } from "node:util";

export function spyOnNetwork(): { calls(): string[]; restore(): void } {
  const targets: [object, string, string][] = [
    [http, "request", "http.request"],
    [http, "get", "http.get"],
    [https, "request", "https.request"],
    [https, "get", "https.get"],
    [net, "connect", "net.connect"],
    [net, "createConnection", "net.createConnection"],
    [net.Socket.prototype, "connect", "Socket.connect"],
    [tls, "connect", "tls.connect"],
    [dns, "lookup", "dns.lookup"],
    [dns.promises, "lookup", "dns.promises.lookup"],
    [globalThis, "fetch", "fetch"],
  ];
  const spies = targets.map(([object, method, name]) => ({ name, spy: jest.spyOn(object as Record<string, () => unknown>, method as never) }));
  return {
    calls: () => spies.flatMap(({ name, spy }) => spy.mock.calls.map((args) => `${name}(${inspect(args[0], { depth: 0 }).slice(0, 80)})`)),
    restore: () => spies.forEach(({ spy }) => spy.mockRestore()),
  };
}
