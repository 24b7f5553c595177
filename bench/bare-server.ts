// The baseline: plain Node http answering every request with the bytes in BENCH_BODY_FILE.
import fs from "node:fs";
import http from "node:http";

const body = fs.readFileSync(process.env.BENCH_BODY_FILE ?? "");
const port = Number(process.env.PORT);

http
  .createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
    response.end(body);
  })
  .listen(port, "127.0.0.1", () => console.log(`bare server on ${port}`));
