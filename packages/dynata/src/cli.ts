#!/usr/bin/env node
// The bin of @provider-clients/dynata: `npx @provider-clients/dynata login | logout | fake`.
import { runProviderCli } from "@provider-clients/auth/cli";
import { dynataCli } from "./cli/dynata-cli.js";

process.exitCode = await runProviderCli(dynataCli, process.argv.slice(2));
