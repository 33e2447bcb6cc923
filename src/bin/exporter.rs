//! The exporter: a second, smaller wasm module that builds export files (CSV, JSON, iCalendar,
//! GeoJSON) in a worker, so that the app's first load does not carry that code. The page starts
//! it on an export and ends it after the answer.
//!
//! The messages are two-part arrays whose first part is a typed header as JSON (see
//! `communs_core::export::{ExportRequest, ExportReply}`). The exporter first says
//! [`ExportReply::Ready`]. In: `[request, source]`, the source as text or as UTF-8 bytes (an
//! `ArrayBuffer`, transferred). Out: `[Built, file]` with the file's UTF-8 bytes (a
//! `Uint8Array` whose buffer is transferred), or `[Failed { message }]`.

use communs_core::export::{run_export, ExportReply, ExportRequest};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn header(reply: &ExportReply) -> JsValue {
    JsValue::from_str(&reply.to_json())
}

fn main() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else { return };
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let scope = &reply_to;
        let _ = match answer(event.data()) {
            Ok(file) => {
                let bytes = js_sys::Uint8Array::from(file.as_bytes());
                let reply = js_sys::Array::of2(&header(&ExportReply::Built), &bytes);
                scope.post_message_with_transfer(&reply, &js_sys::Array::of1(&bytes.buffer()))
            }
            Err(message) => scope.post_message(&js_sys::Array::of1(&header(&ExportReply::Failed { message }))),
        };
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A message that arrives before the handler is set would be lost: the page waits for this.
    let _ = scope.post_message(&js_sys::Array::of1(&header(&ExportReply::Ready)));
}

fn answer(message: JsValue) -> Result<String, String> {
    let parts = js_sys::Array::from(&message);
    let Some(request) = parts.get(0).as_string().as_deref().and_then(ExportRequest::from_json) else {
        // The language is in the request: unreadable, both are said.
        return Err("demande d'export illisible / unreadable export request".into());
    };
    let source = parts.get(1);
    // As the page reads it: a byte that is not UTF-8 becomes U+FFFD.
    let text = source.as_string().unwrap_or_else(|| {
        let bytes = js_sys::Uint8Array::new(&source).to_vec();
        String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    });
    run_export(&request.job, &text).map_err(|e| e.message(request.lang))
}
