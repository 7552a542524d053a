package de.cet.ledger.application;

import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.inventory.InventoryItem;
import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.receipt.Receipt;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the audit log records of each kind of object: its state after the change, values as strings. */
final class Payloads {

    private Payloads() {}

    static Map<String, Object> account(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("type", a.type().name());
        m.put("fund", a.fund().name());
        m.put("iban", a.iban() == null ? null : a.iban().value());
        m.put("openingBalance", a.openingBalance().toString());
        m.put("openingDate", a.openingDate().toString());
        m.put("archived", String.valueOf(a.archived()));
        return m;
    }

    static Map<String, Object> period(AccountingPeriod p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("startDate", p.startDate().toString());
        m.put("endDate", p.endDate().toString());
        m.put("status", p.status().name());
        return m;
    }

    static Map<String, Object> category(Category c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("kind", c.kind().name());
        m.put("officialCode", c.officialCode());
        m.put("color", c.color());
        m.put("emoji", c.emoji());
        m.put("parentId", c.parentId() == null ? null : c.parentId().toString());
        m.put("archived", String.valueOf(c.archived()));
        return m;
    }

    static Map<String, Object> receipt(Receipt r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", r.number().toString());
        m.put("fileName", r.fileName());
        m.put("contentType", r.contentType().mimeType());
        m.put("size", String.valueOf(r.size()));
        m.put("sha256", r.sha256());
        return m;
    }

    static Map<String, Object> inventory(InventoryItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("transactionId", i.transactionId().toString());
        m.put("description", i.description());
        m.put("date", i.date().toString());
        m.put("price", i.price().toString());
        m.put("location", i.location());
        m.put("disposedOn", i.disposedOn() == null ? null : i.disposedOn().toString());
        return m;
    }
}
