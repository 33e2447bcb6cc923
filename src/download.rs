//! Saves a file built in the browser: nothing leaves the visitor's machine.

use wasm_bindgen::JsCast;

/// Offers `content` (bytes, as the exporter sends them) as a download named `file_name` with
/// the given MIME type.
pub fn download(file_name: &str, mime: &str, content: &js_sys::Uint8Array) {
    let Some(document) = crate::browser::document() else { return };
    let parts = js_sys::Array::of1(content);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(anchor) =
        document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.set_rel("noopener");
        if let Some(body) = document.body() {
            let _ = body.append_child(&anchor);
            anchor.click();
            let _ = body.remove_child(&anchor);
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
