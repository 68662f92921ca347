// API tests drive the production server, so a build must exist.
import fs from "node:fs";
import { execFileSync } from "node:child_process";

export default function setup() {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("no production build: running next build for the API tests");
    execFileSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
  }
}
