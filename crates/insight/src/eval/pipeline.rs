//! The adapter for the CRM opportunities files (`sales_pipeline.csv`, `products.csv`).

use std::collections::BTreeMap;
use std::path::Path;

use crate::date::Date;
use crate::error::InsightError;
use crate::forecast::{Deal, Outcome, StageChange};

/// Open stages of this pipeline, in order.
pub const STAGES: [&str; 2] = ["Prospecting", "Engaging"];
const ENGAGING: usize = 1;

/// Deals ready for forecasting plus what the adapter had to work around.
#[derive(Debug, Clone, PartialEq)]
pub struct PipelineData {
    pub deals: Vec<Deal>,
    pub stage_names: Vec<String>,
    /// Open Prospecting rows without any date (left out: no creation date).
    pub undated_skipped: usize,
    /// Rows whose product matched the price list only after ignoring spaces
    /// and case (the `GTXPro` / `GTX Pro` mismatch).
    pub fuzzy_product_matches: usize,
    /// Rows with no price at all (amount 0).
    pub unpriced: usize,
    /// The last date in the file.
    pub data_end: Date,
}

/// Reads the pipeline and the price list. `close_value` is used only as the
/// booked revenue of won deals (the forecast's target and the past value
/// ratio), never as a property of an open deal: it is 0 for every lost deal
/// and empty for open ones, so it gives the outcome away.
pub fn load_pipeline(pipeline: &Path, products: &Path) -> Result<PipelineData, InsightError> {
    let prices = load_prices(products)?;
    let name = pipeline.display().to_string();
    let mut reader = csv::Reader::from_path(pipeline).map_err(|source| InsightError::Csv {
        path: name.clone(),
        source,
    })?;
    let header = reader
        .headers()
        .map_err(|source| InsightError::Csv {
            path: name.clone(),
            source,
        })?
        .clone();
    let column = |wanted: &str| {
        header
            .iter()
            .position(|h| h == wanted)
            .ok_or_else(|| InsightError::BadInput(format!("{name} has no {wanted} column")))
    };
    let [id, product, stage, engaged, closed, value] = [
        "opportunity_id",
        "product",
        "deal_stage",
        "engage_date",
        "close_date",
        "close_value",
    ]
    .map(column);
    let (id, product, stage, engaged, closed, value) =
        (id?, product?, stage?, engaged?, closed?, value?);
    let mut data = PipelineData {
        deals: Vec::new(),
        stage_names: STAGES.iter().map(|s| s.to_string()).collect(),
        undated_skipped: 0,
        fuzzy_product_matches: 0,
        unpriced: 0,
        data_end: Date::from_ymd(1970, 1, 1)?,
    };
    for record in reader.records() {
        let record = record.map_err(|source| InsightError::Csv {
            path: name.clone(),
            source,
        })?;
        let field = |i: usize| record.get(i).unwrap_or("").trim();
        let amount = match prices.get(field(product)) {
            Some(&price) => price,
            None => match prices.get(&product_key(field(product))) {
                Some(&price) => {
                    data.fuzzy_product_matches += 1;
                    price
                }
                None => {
                    data.unpriced += 1;
                    0.0
                }
            },
        };
        if field(engaged).is_empty() {
            data.undated_skipped += 1;
            continue;
        }
        let created = Date::parse(field(engaged))?;
        let outcome = match field(stage) {
            "Won" | "Lost" => {
                let won = field(stage) == "Won";
                let closed = Date::parse(field(closed))?;
                data.data_end = data.data_end.max(closed);
                let booked = if won {
                    field(value).parse::<f64>().ok()
                } else {
                    None
                };
                Some(Outcome {
                    won,
                    closed,
                    value: booked,
                })
            }
            _ => None,
        };
        data.data_end = data.data_end.max(created);
        data.deals.push(Deal {
            id: field(id).to_string(),
            amount,
            created,
            stages: vec![StageChange {
                stage: ENGAGING,
                entered: created,
            }],
            outcome,
            last_activity: None,
            expected_close: None,
        });
    }
    Ok(data)
}

/// Price list keyed by exact name and by [`product_key`].
fn load_prices(path: &Path) -> Result<BTreeMap<String, f64>, InsightError> {
    let name = path.display().to_string();
    let mut reader = csv::Reader::from_path(path).map_err(|source| InsightError::Csv {
        path: name.clone(),
        source,
    })?;
    let mut prices = BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(|source| InsightError::Csv {
            path: name.clone(),
            source,
        })?;
        let product = record.get(0).unwrap_or("").trim();
        let price: f64 = record
            .get(2)
            .and_then(|p| p.trim().parse().ok())
            .ok_or_else(|| InsightError::BadInput(format!("{name}: no price for {product:?}")))?;
        prices.insert(product.to_string(), price);
        prices.insert(product_key(product), price);
    }
    Ok(prices)
}

/// Product names compared without spaces and case ("GTXPro" = "GTX Pro").
fn product_key(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_renamed_products_and_keeps_close_value_out_of_open_deals() {
        let dir = std::env::temp_dir().join(format!("insight-pipeline-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let products = dir.join("products.csv");
        let pipeline = dir.join("pipeline.csv");
        std::fs::write(
            &products,
            "product,series,sales_price\nGTX Pro,GTX,4821\nMG Special,MG,55\n",
        )
        .unwrap();
        std::fs::write(
            &pipeline,
            "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n\
             A,x,GTXPro,acme,Won,2017-01-02,2017-02-03,4500\n\
             B,x,MG Special,acme,Lost,2017-01-05,2017-01-20,0\n\
             C,x,MG Special,,Engaging,2017-02-01,,\n\
             D,x,MG Special,,Prospecting,,,\n",
        )
        .unwrap();
        let data = load_pipeline(&pipeline, &products).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(data.deals.len(), 3);
        assert_eq!(data.undated_skipped, 1);
        assert_eq!(data.fuzzy_product_matches, 1);
        assert_eq!(data.deals[0].amount, 4821.0, "GTXPro priced as GTX Pro");
        assert_eq!(data.deals[0].outcome.unwrap().value, Some(4500.0));
        assert_eq!(
            data.deals[1].outcome.unwrap().value,
            None,
            "lost deals book nothing"
        );
        assert!(data.deals[2].outcome.is_none());
        assert_eq!(data.data_end, Date::parse("2017-02-03").unwrap());
    }
}
