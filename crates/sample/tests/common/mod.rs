//! Reading back what the generators wrote, through the store's public list API.

use relata_domain::query::{ListParams, ListQuery};
use relata_domain::schema::ParseContext;
use relata_domain::{ObjectKind, Record};
use relata_store::Store;
use uuid::Uuid;

/// Every live record of a kind, page by page, in `sort` order.
pub async fn all(store: &Store, workspace_id: Uuid, kind: ObjectKind, sort: &str) -> Vec<Record> {
    let mut records = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let params = ListParams {
            sort: Some(sort),
            limit: Some("500"),
            cursor: cursor.as_deref(),
            ..Default::default()
        };
        let query = ListQuery::parse(kind, &params, &[], &ParseContext::default()).unwrap();
        let page = store
            .list_records(workspace_id, kind, &query)
            .await
            .unwrap();
        records.extend(page.records);
        match page.next_cursor {
            Some(next) => cursor = Some(next.encode(&query.sort)),
            None => return records,
        }
    }
}

pub fn text<'a>(record: &'a Record, field: &str) -> &'a str {
    record.get(field).as_text().unwrap_or("")
}
