#!/usr/bin/env node
// The bin of @provider-clients/dynu: `npx @provider-clients/dynu login | logout | fake`.
import { runProviderCli } from "@provider-clients/auth/cli";
import { dynuCli } from "./cli/dynu-cli.js";

process.exitCode = await runProviderCli(dynuCli, process.argv.slice(2));
