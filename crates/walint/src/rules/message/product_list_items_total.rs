//! M114 product-list-items-total

use serde_json::Value;

use super::{interactive, items};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

/// Products allowed across all sections of a multi-product message.
const MAX_PRODUCTS: usize = 30;

declare_rule! {
    /// ## What it does
    /// Counts the products of a `product_list` message across its sections: at most 30.
    ///
    /// ## Why is this bad
    /// The limit is per message, not per section. A schema cannot count across arrays,
    /// so this is a rule.
    ///
    /// ## Example
    /// Three sections of 11 `product_items` each (33 products).
    ///
    /// ## References
    /// rules.md `interactive.product_list.items.total`; ONPREM; OAS#SectionObject;
    /// DOC:/catalogs/sell-products-and-services/share-products.
    pub static RULE = {
        code: "M114",
        name: "product-list-items-total",
        severity: Error,
        source: "DOC:/catalogs/sell-products-and-services/share-products",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    let Some(action) = interactive(message, "product_list").and_then(|i| i.get("action")) else {
        return;
    };
    let total: usize = items(action, "sections")
        .iter()
        .map(|section| items(section, "product_items").len())
        .sum();
    if total > MAX_PRODUCTS {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "sections"),
                format!("the message has {total} products across its sections; the limit is {MAX_PRODUCTS} in total"),
            )
            .with_help("remove products, or send them in two messages"),
        );
    }
}
