// @provider-clients/auth/file-store: the Node-only file token store, kept out of the browser-safe main entry.

export { defaultTokenStorePath } from "./stores/default-store-path.js";
export { createFileTokenStore, type FileTokenStoreOptions } from "./stores/file-store.js";
