//! Performance marks for `cargo xtask bench`: fetch, validation and indexing show in the
//! browser's performance timeline (and in DevTools), at no cost to visitors.

/// Adds a mark named `communs:<name>`.
pub fn mark(name: &str) {
    if let Some(performance) = crate::browser::window().and_then(|w| w.performance()) {
        let _ = performance.mark(&format!("communs:{name}"));
    }
}

/// Records the size of the wasm linear memory as a mark (`communs:wasm-memory:<bytes>`).
pub fn mark_wasm_memory() {
    let memory = wasm_bindgen::memory();
    let bytes = js_sys::Reflect::get(&memory, &"buffer".into())
        .ok()
        .and_then(|buffer| js_sys::Reflect::get(&buffer, &"byteLength".into()).ok())
        .and_then(|length| length.as_f64())
        .unwrap_or(0.0);
    mark(&format!("wasm-memory:{bytes}"));
}
