//! The service worker that keeps the site usable offline: where `cargo xtask dist` writes it,
//! how a page learns that it exists, and what the page tells it. Shared by the build and the app.

/// Where the site ships its service worker, relative to its root (its scope is the root).
pub const SERVICE_WORKER_PATH: &str = "sw.js";

/// The `<meta name>` through which a built page tells the app where the service worker is
/// (`trunk serve` writes none, so no worker is registered while developing).
pub const SERVICE_WORKER_META_NAME: &str = "communs:service-worker";

/// The message a page posts to a waiting worker once the visitor asks for the new version.
pub const TAKE_OVER_MESSAGE: &str = "communs:take-over";
