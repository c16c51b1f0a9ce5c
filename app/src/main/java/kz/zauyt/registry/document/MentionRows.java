package kz.zauyt.registry.document;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.zauyt.extract.fact.Project;
import kz.zauyt.registry.db.Json;
import kz.zauyt.registry.db.Script;
import kz.zauyt.registry.project.MentionRecord;
import kz.zauyt.registry.project.Profile;
import kz.zauyt.registry.project.Resolver.Placement;

/** A document's placed project facts: as the mention records summaries are computed from, and as rows to insert. */
final class MentionRows {

    private MentionRows() {
    }

    static MentionRecord record(Article a, Placement p, long mentionId) {
        Project f = a.projects().get(p.ordinal());
        return new MentionRecord(mentionId, p.projectId(), a.id(), a.title(), a.source(), a.published(), a.language(),
                f.name(), f.companies(), f.location().region(), f.location().place(), f.location().zone(), f.sector(),
                f.products(), f.capacity(), f.investment(), f.jobs(), f.status(), f.expected(), f.evidence(),
                a.quote(f.evidence()), p.score(), p.matched(), p.reason());
    }

    /** The match profile of a placed fact as the registry gives it back once stored (see {@link Reading}). */
    static Profile profile(Article a, Placement p, MentionRecord m) {
        Profile k = p.profile();
        return new Profile(m.id(), p.projectId(), a.id(), a.language(), k.companyKeys(), k.nameKeys(), k.blockKeys(),
                m.region(), k.placeKey(), m.sector(), k.productKeys(), m.capacity(), m.investment(), k.aliasKeys(),
                k.contextKeys());
    }

    /** Inserts the mentions and their candidate keys; the projects they join exist already. */
    static void insert(Script s, Article a, List<Placement> placements, List<MentionRecord> records) {
        ArrayNode rows = Json.array();
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            MentionRecord m = records.get(i);
            Profile k = p.profile();
            rows.addObject().put("id", m.id()).put("document_id", a.id()).put("ordinal", p.ordinal()).put("mkey", p.mkey())
                    .put("project_id", p.projectId()).put("language", a.language().code()).put("name", m.name())
                    .put("region", m.region()).put("place", m.place()).put("zone", m.zone()).put("sector", m.sector())
                    .put("investment", m.investment() == null ? null : m.investment().amount())
                    .put("currency", m.investment() == null ? null : m.investment().currency())
                    .put("jobs", m.jobs()).put("status", m.status()).put("expected", m.expected()).put("quote", m.quote())
                    .put("place_key", k.placeKey()).put("score", m.score()).put("matched_mention", m.matchedMention())
                    .put("reason", m.reason())
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("companies", Json.companies(m.companies()))
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("products", Json.strings(m.products()))
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("capacity", Json.capacity(m.capacity()))
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("evidence", Json.spans(m.evidence()))
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("block_keys", Json.strings(k.blockKeys()))
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("name_keys", Json.strings(k.nameKeys()))
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("company_keys", Json.strings(k.companyKeys()))
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("alias_keys", Json.strings(k.aliasKeys()))
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("context_keys", Json.strings(k.contextKeys()))
                    .set("product_keys", Json.strings(k.productKeys()));
        }
        s.add("insert into mention (id, document_id, ordinal, mkey, project_id, language, name, companies, region, place, "
                + "zone, sector, products, capacity, investment, currency, jobs, status, expected, evidence, quote, "
                + "block_keys, name_keys, company_keys, place_key, product_keys, alias_keys, context_keys, score, matched_mention, reason) "
                + "select * from jsonb_to_recordset(?::jsonb) as x(id bigint, document_id text, ordinal int, mkey text, "
                + "project_id bigint, language text, name text, companies jsonb, region text, place text, zone text, "
                + "sector text, products text[], capacity jsonb, investment float8, currency text, jobs bigint, "
                + "status text, expected text, evidence jsonb, quote text, block_keys text[], name_keys text[], "
                + "company_keys text[], place_key text, product_keys text[], alias_keys text[], context_keys text[], score real, matched_mention bigint, "
                + "reason text)", rows.toString());
        // the keys as parameters, not read back from the rows just inserted
        List<String> keys = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            Profile k = placements.get(i).profile();
            Set<String> distinct = new LinkedHashSet<>(k.blockKeys());
            distinct.addAll(k.contextKeys());
            for (String key : distinct) {
                keys.add(key);
                ids.add(String.valueOf(records.get(i).id()));
            }
        }
        s.add("insert into mention_key (key, mention_id) select * from unnest(?::text[], ?::text[]::bigint[])",
                keys.toArray(new String[0]), ids.toArray(new String[0]));
    }
}
