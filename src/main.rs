//! WASM entry point: mounts the Yew app. On native targets it only points to the CLI.

#[cfg(target_arch = "wasm32")]
fn main() {
    newslens::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("newslens-app is the browser build; run `scripts/serve.sh` to use it, or `newslens --help` for the CLI.");
}
