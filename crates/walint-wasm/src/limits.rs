//! Input size limit: a string too large for the module's 32-bit memory would make the
//! allocator abort (a WebAssembly trap), so large inputs are refused before they are copied in.

use crate::error::FacadeError;

/// Largest input accepted, in UTF-16 code units (JavaScript's `string.length`): 32 Mi units,
/// at most 96 MiB of UTF-8 inside the module, leaving room for the engine's own data.
pub const MAX_INPUT_UNITS: u32 = 32 * 1024 * 1024;

/// Refuses an input of `units` UTF-16 code units when above the limit.
pub fn check_size(units: u32, what: &str) -> Result<(), FacadeError> {
    if units > MAX_INPUT_UNITS {
        return Err(FacadeError::Range(format!(
            "{what} is {units} UTF-16 code units long; the limit is {MAX_INPUT_UNITS}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_up_to_the_limit_and_refuses_beyond() {
        assert_eq!(check_size(MAX_INPUT_UNITS, "input"), Ok(()));
        let refused = check_size(MAX_INPUT_UNITS + 1, "text");
        assert!(matches!(&refused, Err(FacadeError::Range(m)) if m.starts_with("text is 33554433")));
    }
}
