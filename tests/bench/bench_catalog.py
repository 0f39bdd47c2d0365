#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the benchmark catalog (seed --file format, see resources/demo/catalog.json): the demo
store's regions, channel, key and location with N products x 3 variants priced in EUR and USD."""
import json
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
out = sys.argv[2] if len(sys.argv) > 2 else "/dev/stdout"
products = []
for i in range(count):
    handle = f"bench-product-{i:04d}"
    products.append({
        "title": f"Bench Product {i:04d}",
        "handle": handle,
        "description": "A product of the benchmark catalog.",
        "status": "published",
        "thumbnail": f"https://example.com/images/{handle}.png",
        "images": [{"url": f"https://example.com/images/{handle}.png"}],
        "options": [{"title": "Size", "values": ["S", "M", "L"]}],
        "variants": [{
            "title": size,
            "sku": f"{handle}-{size}".upper(),
            "options": {"Size": size},
            "prices": [{"currency_code": "eur", "amount": 10 + i % 50},
                       {"currency_code": "usd", "amount": 12 + i % 50}],
            "stock": 100,
        } for size in ("S", "M", "L")],
    })
catalog = {
    "store": {"name": "Bench Store", "supported_currencies": [
        {"currency_code": "eur", "is_default": True}, {"currency_code": "usd"}]},
    "sales_channels": [{"name": "Default Sales Channel", "default": True}],
    "publishable_api_keys": [{"title": "Bench", "sales_channels": ["Default Sales Channel"]}],
    "regions": [{"name": "Europe", "currency_code": "eur", "countries": ["de", "fr"], "default": True},
                {"name": "North America", "currency_code": "usd", "countries": ["us", "ca"]}],
    "stock_locations": [{"name": "Warehouse", "address": {"address_1": "1 Bench Road", "country_code": "de"},
                         "sales_channels": ["Default Sales Channel"], "default": True}],
    "products": products,
}
with open(out, "w") as f:
    json.dump(catalog, f)
