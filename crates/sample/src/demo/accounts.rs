//! The demo team's accounts: sixty invented companies in eleven countries, each at a point
//! of its relationship with Northwind. Domains use the reserved `.example` top-level domain,
//! so no sample address can belong to a real company.

/// Where an account stands with Northwind; it decides the account's people, deals and story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// Bought, runs the product, may expand or renew.
    Customer,
    /// In an open sale.
    Prospect,
    /// Just met; not yet qualified.
    Lead,
    /// Was a customer, left.
    Churned,
    /// Evaluated and chose someone else.
    Lost,
}

#[derive(Debug)]
pub struct Account {
    pub name: &'static str,
    pub domain: &'static str,
    pub industry: &'static str,
    pub employees: i64,
    pub city: &'static str,
    /// The English name of the country, as in [`crate::countries::COUNTRIES`].
    pub country: &'static str,
    pub relation: Relation,
    pub description: &'static str,
}

use Relation::*;

#[allow(clippy::too_many_arguments, reason = "one row of the accounts table")]
const fn account(
    name: &'static str,
    domain: &'static str,
    industry: &'static str,
    employees: i64,
    city: &'static str,
    country: &'static str,
    relation: Relation,
    description: &'static str,
) -> Account {
    Account {
        name,
        domain,
        industry,
        employees,
        city,
        country,
        relation,
        description,
    }
}

// One account per row reads as a table; rustfmt would spread each over ten lines.
#[rustfmt::skip]
pub const ACCOUNTS: &[Account] = &[
    account("ООО «Уралтехснаб»", "uraltekhsnab.example", "Оптовая торговля", 420, "Екатеринбург", "Russia", Customer,
        "Промышленная дистрибуция, 4 склада на Урале. Клиент с прошлого года, WMS на всех складах."),
    account("АО «СибЛогистик»", "siblogistic.example", "Логистика", 1300, "Новосибирск", "Russia", Customer,
        "3PL-оператор, кросс-докинг и ответственное хранение. Используют WMS и телематику."),
    account("ООО «Волга-Агро»", "volga-agro.example", "Сельское хозяйство", 650, "Самара", "Russia", Prospect,
        "Агрохолдинг: элеваторы и склады удобрений. Пилот WMS на складе в Самаре."),
    account("АО «Балтийская сеть»", "baltset.example", "Розничная торговля", 5200, "Санкт-Петербург", "Russia", Prospect,
        "Сеть из 180 магазинов у дома, два РЦ. Крупная сделка, закупка через тендер."),
    account("ПАО «Казаньхимпром»", "kazanchem.example", "Химическая промышленность", 3100, "Казань", "Russia", Lead,
        "Производитель промышленной химии. Интересуются учётом опасных грузов на складе."),
    account("ООО «Меридиан Фарм»", "meridian-pharm.example", "Фармацевтика", 900, "Москва", "Russia", Customer,
        "Фармдистрибуция, требования к маркировке и температурному режиму."),
    account("ГК «Гранит Строй»", "granitstroy.example", "Строительные материалы", 2400, "Москва", "Russia", Prospect,
        "Поставки стройматериалов на объекты; интерес к телематике для 120 грузовиков."),
    account("ООО «Дальтранс»", "daltrans.example", "Грузоперевозки", 380, "Владивосток", "Russia", Churned,
        "Контейнерные перевозки из портов. Ушли после перехода холдинга на единую ERP."),
    account("ООО «Кама Лес»", "kamales.example", "Лесная и бумажная промышленность", 540, "Пермь", "Russia", Lead,
        "Лесопереработка, склады готовой продукции."),
    account("ООО «Южный хлеб»", "yuzhny-khleb.example", "Пищевое производство", 760, "Ростов-на-Дону", "Russia", Customer,
        "Хлебозавод с собственной доставкой по области: 60 машин, ежедневные маршруты."),
    account("ООО «Невский ритейл»", "nevsky-retail.example", "Электронная коммерция", 310, "Санкт-Петербург", "Russia", Lost,
        "Интернет-магазин бытовой техники. Выбрали более дешёвое решение."),
    account("АО «Энергомонтаж»", "energomontazh.example", "Энергетика", 1800, "Нижний Новгород", "Russia", Prospect,
        "Монтаж энергооборудования, центральный склад запчастей."),
    account("ООО «Арктик Фиш»", "arcticfish.example", "Пищевое производство", 450, "Мурманск", "Russia", Customer,
        "Переработка рыбы, холодильные склады, отгрузки по всей стране."),
    account("ООО «Сибирский молочник»", "sibmoloko.example", "Пищевое производство", 820, "Томск", "Russia", Prospect,
        "Молочный завод, короткие сроки годности — важна скорость отгрузки."),
    account("ООО «Вектор Дистрибуция»", "vector-distr.example", "Электроника", 600, "Москва", "Russia", Customer,
        "Дистрибуция электроники и комплектующих, 2 склада в Подмосковье."),
    account("ООО «ТрансКарго Урал»", "transcargo.example", "Логистика", 280, "Челябинск", "Russia", Lead,
        "Региональный перевозчик, 45 машин."),
    account("ООО «Медтехника Плюс»", "medtekhnika.example", "Медицинская техника", 210, "Воронеж", "Russia", Lost,
        "Поставщик медоборудования для клиник. Проект заморожен до следующего года."),
    account("ООО «Окна Столицы»", "okna-stolitsy.example", "Производство", 340, "Москва", "Russia", Prospect,
        "Производство и монтаж окон, собственная доставка и монтажные бригады."),
    account("ООО «Алтай Мёд»", "altai-med.example", "Пищевое производство", 95, "Барнаул", "Russia", Lead,
        "Небольшой производитель, продаёт через маркетплейсы."),
    account("ООО «Байкальская вода»", "baikal-voda.example", "Производство напитков", 430, "Иркутск", "Russia", Customer,
        "Бутилированная вода, доставка в офисы: 80 машин, маршруты каждый день."),
    account("ТОО «Степь Трейд»", "steptrade.example", "Оптовая торговля", 520, "Алматы", "Kazakhstan", Prospect,
        "Дистрибуция продуктов питания по Казахстану, 3 склада."),
    account("ТОО «Астана Фуд Групп»", "astanafood.example", "Пищевое производство", 1100, "Астана", "Kazakhstan", Customer,
        "Производство полуфабрикатов, склад-холодильник и собственный автопарк."),
    account("ТОО «Каспий Ойлсервис»", "kaspiy-oilservice.example", "Нефтесервис", 730, "Атырау", "Kazakhstan", Lead,
        "Нефтесервисная компания, склады запчастей на месторождениях."),
    account("ООО «Белагроснаб»", "belagrosnab.example", "Сельское хозяйство", 360, "Минск", "Belarus", Churned,
        "Снабжение агропредприятий. Не продлили: сократили бюджет на ИТ."),
    account("Bluefin Freight Inc.", "bluefinfreight.example", "Freight transport", 640, "Seattle", "United States", Customer,
        "Regional LTL carrier in the Pacific Northwest; runs Northwind Fleet on 210 trucks."),
    account("Harborline Foods", "harborline.example", "Food production", 1200, "Boston", "United States", Prospect,
        "Seafood processor and distributor; two cold-storage warehouses."),
    account("Summit Ridge Outfitters", "summitridge.example", "E-commerce", 280, "Denver", "United States", Customer,
        "Outdoor gear retailer, online first; one fulfilment centre with seasonal peaks."),
    account("Cedar & Pine Furniture Co.", "cedarandpine.example", "Furniture", 350, "Portland", "United States", Lead,
        "Furniture maker shipping direct to consumers; bulky items, white-glove delivery."),
    account("Lakeshore Medical Supply", "lakeshoremed.example", "Medical devices", 520, "Chicago", "United States", Prospect,
        "Distributor of medical consumables to hospitals; lot tracking is a must."),
    account("Ironbridge Manufacturing", "ironbridge.example", "Industrial equipment", 900, "Pittsburgh", "United States", Lost,
        "Industrial pumps and valves. Chose to extend their ERP's warehouse module instead."),
    account("Sunbelt Beverage Co.", "sunbeltbev.example", "Beverages", 1500, "Atlanta", "United States", Customer,
        "Beverage distributor; 3 warehouses and 150 delivery trucks across Georgia."),
    account("Redwood Analytics", "redwoodanalytics.example", "Software", 120, "San Francisco", "United States", Lead,
        "Supply-chain analytics start-up; possible partner rather than customer."),
    account("Copperline Electric", "copperline.example", "Wholesale distribution", 410, "Phoenix", "United States", Prospect,
        "Electrical supplies wholesaler with 12 branches and a central warehouse."),
    account("Prairie Grain Cooperative", "prairiegrain.example", "Agriculture", 230, "Omaha", "United States", Churned,
        "Grain cooperative; cancelled after a merger with a larger co-op."),
    account("Atlas Home Goods", "atlashome.example", "Retail", 2600, "Dallas", "United States", Prospect,
        "Home goods chain, 85 stores; evaluating WMS for a new regional DC."),
    account("Tidewater Marine Parts", "tidewatermarine.example", "Automotive", 190, "Norfolk", "United States", Customer,
        "Marine engine parts; small team, very happy reference customer."),
    account("Brightwater Pet Supply", "brightwaterpet.example", "E-commerce", 330, "Tampa", "United States", Lead,
        "Online pet supplies with subscription deliveries."),
    account("Northern Lights Distribution", "northernlights.example", "Wholesale distribution", 780, "Toronto", "Canada", Customer,
        "Consumer goods distributor for Ontario and Quebec; bilingual warehouse staff."),
    account("Fraser Valley Produce", "fraservalley.example", "Agriculture", 260, "Vancouver", "Canada", Prospect,
        "Fresh produce packer; short shelf life and same-day dispatch."),
    account("Thames Valley Logistics Ltd", "thamesvalley.example", "Logistics", 950, "Reading", "United Kingdom", Customer,
        "Contract logistics for retail brands; WMS in two sites, fleet in pilot."),
    account("Pennine Textiles", "penninetextiles.example", "Textiles and apparel", 300, "Manchester", "United Kingdom", Lost,
        "Textile manufacturer; lost on price to a local vendor."),
    account("Kingsgate Retail plc", "kingsgate.example", "Retail", 4100, "London", "United Kingdom", Prospect,
        "Fashion retailer with 120 stores; long procurement with a formal RFP."),
    account("Clydebank Engineering", "clydebank.example", "Manufacturing", 610, "Glasgow", "United Kingdom", Lead,
        "Precision engineering; spare parts warehouse for aftermarket service."),
    account("Oakham Wholesale", "oakhamwholesale.example", "Wholesale distribution", 170, "Birmingham", "United Kingdom", Customer,
        "Cash-and-carry wholesaler; one warehouse, very price sensitive."),
    account("Rheinland Spedition GmbH", "rheinland-spedition.example", "Freight transport", 1400, "Cologne", "Germany", Prospect,
        "Freight forwarder with 300 trucks; interested in telematics and route planning."),
    account("Alpenblick Lebensmittel GmbH", "alpenblick.example", "Food production", 870, "Munich", "Germany", Customer,
        "Dairy and cheese producer; chilled warehouse and deliveries to supermarkets."),
    account("Hanse Kühllogistik GmbH", "hanse-kuehl.example", "Warehousing", 520, "Hamburg", "Germany", Prospect,
        "Cold-chain warehousing near the port of Hamburg."),
    account("Schwarzwald Präzision GmbH", "schwarzwald-praezision.example", "Industrial equipment", 330, "Stuttgart", "Germany", Churned,
        "Precision components; left after their warehouse was outsourced."),
    account("Delta Fresh B.V.", "deltafresh.example", "Wholesale distribution", 600, "Rotterdam", "Netherlands", Customer,
        "Fruit and vegetable importer; cross-docking at the port."),
    account("Van der Berg Bloemen", "vdbergbloemen.example", "Agriculture", 240, "Amsterdam", "Netherlands", Lead,
        "Flower exporter; night-time picking for morning flights."),
    account("Lumière Cosmétiques SAS", "lumiere-cosmetiques.example", "Cosmetics", 450, "Lyon", "France", Prospect,
        "Cosmetics brand; B2B to pharmacies and D2C online shop."),
    account("Wisła Transport Sp. z o.o.", "wisla-transport.example", "Freight transport", 720, "Warsaw", "Poland", Customer,
        "Road haulage across the EU; 260 trucks on Northwind Fleet."),
    account("Nordvik Förpackning AB", "nordvik.example", "Packaging", 380, "Gothenburg", "Sweden", Lead,
        "Packaging manufacturer; interested in finished-goods warehouse control."),
    account("Costa Verde Alimentación", "costaverde.example", "Food production", 690, "Valencia", "Spain", Prospect,
        "Citrus and juice producer; seasonal peaks, export to the EU."),
    account("Ferri Ricambi S.r.l.", "ferriricambi.example", "Automotive", 260, "Bologna", "Italy", Customer,
        "Car parts distributor; 40,000 SKUs, next-day delivery to garages."),
    account("Gulf Horizon Trading LLC", "gulfhorizon.example", "Wholesale distribution", 480, "Dubai", "United Arab Emirates", Prospect,
        "Re-export hub for electronics; bonded warehouse in Jebel Ali."),
    account("Dunav Agro d.o.o.", "dunavagro.example", "Agriculture", 310, "Novi Sad", "Serbia", Lost,
        "Agricultural cooperative; project postponed, no budget this year."),
    account("Limassol Shipping Services Ltd", "limassolshipping.example", "Logistics", 150, "Limassol", "Cyprus", Customer,
        "Ship agency and freight forwarding; the team is mostly Russian-speaking."),
    account("Saimaa Paper Oy", "saimaapaper.example", "Timber and paper", 880, "Lappeenranta", "Finland", Lead,
        "Paper mill; finished-goods warehouse and rail dispatch."),
    account("Southern Cross Logistics", "southerncross.example", "Logistics", 1050, "Melbourne", "Australia", Prospect,
        "3PL with four sites; replacing a legacy WMS before contract expiry."),
];

impl Account {
    /// Whether the account's people mostly write and speak Russian.
    pub fn russian_speaking(&self) -> bool {
        matches!(self.country, "Russia" | "Kazakhstan" | "Belarus" | "Cyprus")
    }

    /// Whether their names are written in Cyrillic (a Cypriot company's Russian-speaking
    /// staff sign in Latin letters).
    pub fn cyrillic_names(&self) -> bool {
        matches!(self.country, "Russia" | "Kazakhstan" | "Belarus")
    }
}
