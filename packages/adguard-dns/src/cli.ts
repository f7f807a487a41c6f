#!/usr/bin/env node
// The bin of @provider-clients/adguard-dns: `npx @provider-clients/adguard-dns login | logout | fake`.
import { runProviderCli } from "@provider-clients/auth/cli";
import { adguardDnsCli } from "./cli/adguard-dns-cli.js";

process.exitCode = await runProviderCli(adguardDnsCli, process.argv.slice(2));
