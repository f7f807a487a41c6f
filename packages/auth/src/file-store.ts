// @provider-clients/auth/file-store: the Node-only file token store, kept out of the browser-safe main entry.

export { createFileTokenStore, type FileTokenStoreOptions } from "./stores/file-store.js";
