//! What the app asks of the browser. The page writer (`ssr`, `src/bin/prerender.rs`) runs the
//! same components natively, where there is no window: there, these find nothing and schedule
//! nothing, and the views draw what is true on any day and for any visitor.

/// True when the components run natively to write a page's markup at build time.
pub const PRERENDERING: bool = cfg!(feature = "ssr");

/// The browser window; `None` when prerendering.
pub fn window() -> Option<web_sys::Window> {
    if PRERENDERING {
        None
    } else {
        web_sys::window()
    }
}

/// The page's document; `None` when prerendering.
pub fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

/// True when another page frames this one (an `<iframe>` on another site); never when
/// prerendering.
pub fn is_framed() -> bool {
    window().is_some_and(|w| w.top().ok().flatten().is_some_and(|top| top != w))
}

/// Runs `f` before the next paint; never when prerendering.
pub fn next_frame(f: impl FnOnce() + 'static) {
    if !PRERENDERING {
        leptos::prelude::request_animation_frame(f);
    }
}

/// Runs `f` in a task of its own after `delay`; never when prerendering.
pub fn after(delay: std::time::Duration, f: impl FnOnce() + 'static) {
    if !PRERENDERING {
        leptos::prelude::set_timeout(f, delay);
    }
}

/// `a=1&b=x+y`: pairs encoded as `application/x-www-form-urlencoded`, the way the browser's
/// `URLSearchParams` writes them (the same algorithm, WHATWG URL, natively).
pub fn form_encode<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    #[cfg(feature = "ssr")]
    {
        let mut serializer = form_urlencoded::Serializer::new(String::new());
        serializer.extend_pairs(pairs);
        serializer.finish()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let Ok(params) = web_sys::UrlSearchParams::new() else {
            return String::new();
        };
        for (key, value) in pairs {
            params.append(key, value);
        }
        params.to_string().into()
    }
}
