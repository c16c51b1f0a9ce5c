#!/usr/bin/env python3
"""Writes corpus/*.jsonl: hand-made documents in the extraction contract (spec/extraction-output.md),
with their text (as `extract --with-text` prints it), so ids are real SHA-256 digests and evidence
offsets point at real sentences. Run it after editing the documents below; the tests read the output.

The story: a KIA car plant in Kostanay reported in English and Russian as planned, under construction
and launched (one project, three steps); Taldy Metals' ferroalloy plant in Aktobe and briquetting
plant in Khromtau (one company, one region, two projects); another company's car plant in Kostanay
(another project); targets with readings that meet, miss, stay on track or have no data."""
import hashlib, json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def doc(title, lang, published, sentences, projects=(), indicators=(), targets=(), extractor=None):
    text = title + "\n\n" + " ".join(sentences)
    starts, pos = [], len(title) + 2
    for s in sentences:
        starts.append((pos, pos + len(s)))
        pos += len(s) + 1
    def ev(idx):
        return [{"start": starts[i][0], "end": starts[i][1]} for i in idx]
    out = {
        "document": {"id": hashlib.sha256(text.encode("utf-8")).hexdigest(), "source": None, "title": title,
                     "language": lang, "published": published, "text": text},
        "projects": [dict(p, evidence=ev(p.pop("_s"))) for p in projects],
        "indicators": [dict(i, evidence=ev(i.pop("_s"))) for i in indicators],
        "targets": [dict(t, evidence=ev(t.pop("_s"))) for t in targets],
    }
    if extractor:
        out["extractor"] = extractor
    return out


def project(name, companies, region, place, sector, products, capacity, investment, jobs, status, expected, s):
    return {"name": name, "companies": [{"name": n, "role": r, "country": c} for n, r, c in companies],
            "location": {"region": region, "place": place, "zone": None}, "sector": sector, "products": products,
            "capacity": [{"value": v, "unit": u, "per": p} for v, u, p in capacity],
            "investment": None if investment is None else {"amount": investment[0], "currency": investment[1]},
            "jobs": jobs, "status": status, "expected": expected, "_s": s}


def indicator(metric, region, sector, frm, to, value, unit, s, change=None):
    return {"metric": metric, "scope": {"region": region, "sector": sector},
            "period": {"from": frm, "to": to}, "value": value, "unit": unit,
            "change": None if change is None else {"percent": change, "basis": "yoy"}, "_s": s}


def target(metric, region, sector, value, unit, per, deadline, set_by, s):
    return {"metric": metric, "scope": {"region": region, "sector": sector}, "value": value, "unit": unit,
            "per": per, "deadline": deadline, "setBy": set_by, "_s": s}


KIA_EN = [("Saryarka AvtoProm LLP", "operator", "KZ"), ("Kia Corporation", "partner", "KR")]
KIA_RU = [("ТОО «Сарыарка АвтоПром»", "operator", "KZ")]

documents = [
    ("2021-05-12_kia-kostanay-agreement", doc(
        "Kia and Saryarka AvtoProm agree to build a car plant in Kostanay", "en", "2021-05-12", [
            "Saryarka AvtoProm and Kia Corporation signed an agreement to build a full-cycle KIA car plant in Kostanay.",
            "The plant will produce 70 thousand passenger cars a year and the investment is estimated at 50 billion tenge.",
            "The Prime Minister instructed the government to raise passenger car production to 160 thousand units a year by 2025.",
        ],
        projects=[project("KIA car plant", KIA_EN, "KZ-39", "Kostanay", "C29", ["passenger cars"],
                          [(70000, "unit", "year")], (5.0e10, "KZT"), None, "planned", "2023", [0, 1])],
        targets=[target("passenger car production", "KZ", "C29", 160000, "unit", "year", "2025", "Prime Minister", [2])])),
    ("2022-08-03_kia-kostanay-stroitelstvo", doc(
        "В Костанае идёт строительство завода KIA", "ru", "2022-08-03", [
            "В Костанае ТОО «Сарыарка АвтоПром» ведёт строительство завода KIA полного цикла.",
            "Мощность предприятия составит 70 тысяч легковых автомобилей в год, инвестиции оцениваются в 52 млрд тенге.",
            "В 2021 году в Казахстане произвели 80 тысяч легковых автомобилей.",
        ],
        projects=[project("завод KIA", KIA_RU, "KZ-39", "Костанай", "C29", ["легковые автомобили"],
                          [(70000, "unit", "year")], (5.2e10, "KZT"), None, "construction", "2023", [0, 1])],
        indicators=[indicator("passenger car production", "KZ", "C29", "2021", "2021", 80000, "unit", [2])])),
    ("2023-11-20_kia-kostanay-launched", doc(
        "KIA plant in Kostanay launched", "en", "2023-11-20", [
            "The KIA plant of Saryarka AvtoProm LLP in Kostanay was put into operation on Monday.",
            "It employs 1,500 people and will make 70 thousand passenger cars and crossovers a year.",
            "Kazakhstan produced 37.2 thousand passenger cars in January-April 2023.",
        ],
        projects=[project("KIA plant in Kostanay", [("Saryarka AvtoProm LLP", "operator", "KZ")], "KZ-39", "Kostanay",
                          "C29", ["passenger cars", "crossovers"], [(70000, "unit", "year")], None, 1500,
                          "operating", None, [0, 1])],
        indicators=[indicator("passenger car production", "KZ", "C29", "2023-01", "2023-04", 37200, "unit", [2])])),
    ("2023-12-05_kia-kostanay-moshchnost", doc(
        "Завод KIA в Костанае вышел на проектную мощность", "ru", "2023-12-05", [
            "Завод KIA в Костанае, запущенный в ноябре, работает на проектной мощности.",
            "На предприятии ТОО «Сарыарка АвтоПром» занято 1 500 человек.",
        ],
        projects=[project("завод KIA в Костанае", KIA_RU, "KZ-39", "Костанай", "C29", [], [], None, 1500,
                          "operating", None, [0, 1])])),
    ("2022-02-01_taldy-metals-aktobe-khromtau", doc(
        "Taldy Metals plans a ferroalloy plant in Aktobe and builds a briquetting plant in Khromtau", "en", "2022-02-01", [
            "Taldy Metals plans to build a ferroalloy plant in Aktobe with a capacity of 240 thousand tonnes of ferrochrome a year.",
            "The company is also building a briquetting plant in Khromtau that will turn 1.2 million tonnes of chrome ore fines into briquettes a year.",
            "Cement production is to reach 12 million tonnes a year by 2023, the ministry said.",
        ],
        projects=[
            project("ferroalloy plant", [("Taldy Metals", "operator", "KZ")], "KZ-15", "Aktobe", "C24", ["ferrochrome"],
                    [(240000, "t", "year")], None, None, "planned", None, [0]),
            project("briquetting plant", [("Taldy Metals", "operator", "KZ")], "KZ-15", "Khromtau", "C24",
                    ["chrome ore briquettes"], [(1.2e6, "t", "year")], None, None, "construction", None, [1]),
        ],
        targets=[target("cement production", "KZ", "C23", 1.2e7, "t", "year", "2023", "Ministry of Industry", [2])])),
    ("2023-04-10_taldy-metals-khromtau-zapusk", doc(
        "«Талды Металс» запустила брикетную фабрику в Хромтау", "ru", "2023-04-10", [
            "Компания «Талды Металс» запустила в Хромтау фабрику по брикетированию хромовой руды мощностью 1,2 млн тонн в год.",
            "В 2023 году производство цемента в Казахстане составит 12,5 млн тонн, сообщили в министерстве.",
        ],
        projects=[project("фабрика по брикетированию хромовой руды", [("Талды Металс", "operator", "KZ")], "KZ-15",
                          "Хромтау", "C24", ["брикеты из хромовой руды"], [(1.2e6, "t", "year")], None, None,
                          "operating", None, [0])])),
    ("2024-01-15_taldy-metals-aktobe-construction", doc(
        "Taldy Metals starts building its Aktobe ferroalloy plant", "en", "2024-01-15", [
            "Taldy Metals has started construction of the ferroalloy plant in Aktobe, which will smelt 240 thousand tonnes of ferrochrome a year.",
            "Kazakhstan produced 12.6 million tonnes of cement in 2023.",
            "Refined copper output is to reach 600 thousand tonnes a year by 2022.",
            "Kazakhstan produced 480 thousand tonnes of refined copper in 2022.",
        ],
        projects=[project("ferroalloy plant in Aktobe", [("Taldy Metals", "operator", "KZ")], "KZ-15", "Aktobe", "C24",
                          ["ferrochrome"], [(240000, "t", "year")], None, None, "construction", "2026", [0])],
        indicators=[indicator("cement production", "KZ", "C23", "2023", "2023", 1.26e7, "t", [1]),
                    indicator("refined copper production", "KZ", "C24", "2022", "2022", 480000, "t", [3])],
        targets=[target("refined copper production", "KZ", "C24", 600000, "t", "year", "2022", None, [2])])),
    ("2023-06-30_tobyl-motors-kostanay", doc(
        "Tobyl Motors opens a bus assembly plant in Kostanay", "en", "2023-06-30", [
            "Tobyl Motors LLP opened a bus assembly plant in Kostanay that will assemble 1,000 buses a year.",
            "The region plans to export 500 buses a year by 2027.",
        ],
        projects=[project("bus assembly plant", [("Tobyl Motors LLP", "operator", "KZ")], "KZ-39", "Kostanay", "C29",
                          ["buses"], [(1000, "unit", "year")], None, None, "operating", None, [0])],
        targets=[target("bus exports", "KZ-39", "C29", 500, "unit", "year", "2027", "akimat of Kostanay region", [1])])),
]

os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
with open(os.path.join(HERE, "corpus", "facts.jsonl"), "w", encoding="utf-8") as f:
    for name, d in documents:
        d["document"]["source"] = "registry/corpus/" + name + ".txt"
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
    # a failed read as extract reports it, and a broken line: both are counted, neither stops the batch
    f.write(json.dumps({"document": {"id": None, "source": "missing.txt", "title": None, "language": None,
                                     "published": None}, "error": "missing.txt: no such file"}) + "\n")
    f.write('{"document": {"id": "not-a-hash"\n')
print("wrote", len(documents), "documents")
