//! Semantic rules: what a schema cannot say. One file per rule.

pub mod format;
pub mod general;
pub mod message;
pub mod send;
pub mod template;
pub mod webhook;
