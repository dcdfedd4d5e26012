import { createServer } from "node:net";

/** Find a free TCP port on 127.0.0.1 by letting the system pick one, then releasing it. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
