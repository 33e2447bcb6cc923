//! Communs: the browser app. This file only starts it; `lib.rs` holds the app.

fn main() {
    communs::start();
}
