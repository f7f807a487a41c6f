#!/usr/bin/env node
// The bin of @provider-clients/dnsimple: `npx @provider-clients/dnsimple login | logout | fake`.
import { runProviderCli } from "@provider-clients/auth/cli";
import { dnsimpleCli } from "./cli/dnsimple-cli.js";

process.exitCode = await runProviderCli(dnsimpleCli, process.argv.slice(2));
