//! The exporter: a second, smaller wasm module, run in a worker, that builds export files (CSV,
//! JSON, iCalendar, GeoJSON) and words the validator's problems, so that the app's first load
//! carries neither. The page starts it for a task and ends it after the answer.
//!
//! The messages are arrays whose first part is a typed header as JSON (see
//! `communs_core::export::{WorkerRequest, WorkerReply}`). The worker first says
//! [`WorkerReply::Ready`]. In: `[request, source]`, the source as text or as UTF-8 bytes (an
//! `ArrayBuffer`, transferred). Out: `[Built, file]` with the file's UTF-8 bytes (a
//! `Uint8Array` whose buffer is transferred), `[Worded, [[message, hint], …]]`, or
//! `[Failed { message }]`.

use communs_core::export::{run_export, word_problems, WordedProblem, WorkerReply, WorkerRequest, WorkerTask};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// What follows an answer's header.
enum Payload {
    /// Nothing.
    None,
    /// A built file's text.
    File(String),
    /// Problems' sentences.
    Worded(Vec<WordedProblem>),
}

/// An answer: the header and what follows it.
type Answer = (WorkerReply, Payload);

/// `[[message, hint], …]`, the hint `undefined` when there is none.
fn worded_array(problems: &[WordedProblem]) -> js_sys::Array {
    problems
        .iter()
        .map(|p| {
            js_sys::Array::of2(
                &JsValue::from_str(&p.message),
                &p.hint.as_deref().map_or(JsValue::UNDEFINED, JsValue::from_str),
            )
        })
        .collect()
}

fn header(reply: &WorkerReply) -> JsValue {
    JsValue::from_str(&reply.to_json())
}

fn main() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else { return };
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let scope = &reply_to;
        let _ = match answer(event.data()) {
            (reply, Payload::File(file)) => {
                let bytes = js_sys::Uint8Array::from(file.as_bytes());
                let message = js_sys::Array::of2(&header(&reply), &bytes);
                scope.post_message_with_transfer(&message, &js_sys::Array::of1(&bytes.buffer()))
            }
            (reply, Payload::Worded(problems)) => {
                scope.post_message(&js_sys::Array::of2(&header(&reply), &worded_array(&problems)))
            }
            (reply, Payload::None) => scope.post_message(&js_sys::Array::of1(&header(&reply))),
        };
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A message that arrives before the handler is set would be lost: the page waits for this.
    let _ = scope.post_message(&js_sys::Array::of1(&header(&WorkerReply::Ready)));
}

fn answer(message: JsValue) -> Answer {
    let parts = js_sys::Array::from(&message);
    let Some(request) = parts.get(0).as_string().as_deref().and_then(WorkerRequest::from_json) else {
        // The language is in the request: unreadable, both are said.
        let message = "demande illisible / unreadable request".to_string();
        return (WorkerReply::Failed { message }, Payload::None);
    };
    let source = parts.get(1);
    // As the page reads it: a byte that is not UTF-8 becomes U+FFFD.
    let text = source.as_string().unwrap_or_else(|| {
        let bytes = js_sys::Uint8Array::new(&source).to_vec();
        String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    });
    match &request.task {
        WorkerTask::Export(job) => match run_export(job, &text) {
            Ok(file) => (WorkerReply::Built, Payload::File(file)),
            Err(error) => (WorkerReply::Failed { message: error.message(request.lang) }, Payload::None),
        },
        WorkerTask::Word { positions, as_of } => {
            (WorkerReply::Worded, Payload::Worded(word_problems(&text, positions, *as_of, request.lang)))
        }
    }
}
