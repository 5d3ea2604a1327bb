//! Semantic rules: what a schema cannot say. One file per rule.

pub mod general;
pub mod message;
