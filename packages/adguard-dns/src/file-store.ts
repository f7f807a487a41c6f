// @provider-clients/adguard-dns/file-store: the Node-only file token store, so scripts need no second install.

export {
  createFileTokenStore,
  defaultTokenStorePath,
  type FileTokenStoreOptions,
} from "@provider-clients/auth/file-store";
