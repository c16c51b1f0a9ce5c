#!/usr/bin/env python3
"""Writes desk.jsonl: invented articles (extraction contract) for the money and search tests:
one plant per currency and script, a second copper company, a car plant named only in English,
and a Kazakh cement plant."""
import hashlib, json

def doc(source, lang, published, title, text, project):
    start = text.index(project.pop("sentence"))
    end = start + len(project.pop("sentence_len"))
    d = {"document": {"id": hashlib.sha256(text.encode()).hexdigest(), "source": source, "title": title,
                      "language": lang, "published": published, "text": text},
         "projects": [dict(project, evidence=[{"start": start, "end": end}])], "indicators": [], "targets": []}
    return json.dumps(d, ensure_ascii=False)

def project(name, companies, region, place, sector, products, amount, currency, status, sentence):
    return {"name": name, "companies": companies, "location": {"region": region, "place": place, "zone": None},
            "sector": sector, "products": products, "capacity": [],
            "investment": None if amount is None else {"amount": amount, "currency": currency},
            "jobs": None, "status": status, "expected": None, "sentence": sentence, "sentence_len": sentence}

rows = []
t = "Ertis Copper starts building smelter\n\nErtis Copper LLP began building a copper smelter in Oskemen worth 2.6 billion US dollars."
rows.append(doc("desk/ertis.txt", "en", "2024-03-01", t.split("\n")[0], t, project(
    "copper smelter", [{"name": "Ertis Copper LLP", "role": "operator", "country": "KZ"}], "KZ-63", "Oskemen", "C24",
    ["copper cathode"], 2.6e9, "USD", "construction", t.split("\n\n")[1])))
t = "Медная компания расширяет рудник\n\nТОО «Казахская медная компания» вложит 3,4 млрд тенге в расширение рудника в Жезказгане."
rows.append(doc("desk/kmk.txt", "ru", "2024-04-10", t.split("\n")[0], t, project(
    "медный рудник", [{"name": "ТОО «Казахская медная компания»", "role": "operator", "country": "KZ"}], "KZ-62",
    "Жезказган", "B07", ["медь"], 3.4e9, "KZT", "planned", t.split("\n\n")[1])))
t = "Nur Motors to build car plant in Kostanay\n\nNur Motors LLP and Chery will build a car plant in Kostanay worth 120 billion tenge."
rows.append(doc("desk/nur.txt", "en", "2023-06-15", t.split("\n")[0], t, project(
    "Nur Motors car plant", [{"name": "Nur Motors LLP", "role": "operator", "country": "KZ"},
                             {"name": "Chery Automobile", "role": "partner", "country": "CN"}], "KZ-39", "Kostanay", "C29",
    ["passenger cars"], 1.2e11, "KZT", "planned", t.split("\n\n")[1])))
t = "Түркістанда цемент зауыты салынады\n\nТүркістан облысында Оңтүстік Цемент компаниясының цемент зауытының құрылысы басталды."
rows.append(doc("desk/cement.txt", "kk", "2025-02-20", t.split("\n")[0], t, project(
    "цемент зауыты", [{"name": "Оңтүстік Цемент", "role": "operator", "country": "KZ"}], "KZ-61", None, "C23",
    ["цемент"], 5.0e7, "EUR", "construction", t.split("\n\n")[1])))
with open("desk.jsonl", "w") as f:
    f.write("\n".join(rows) + "\n")
