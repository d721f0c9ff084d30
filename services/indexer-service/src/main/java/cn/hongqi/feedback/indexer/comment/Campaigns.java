package cn.hongqi.feedback.indexer.comment;

import cn.hongqi.feedback.analysis.SimHash;
import cn.hongqi.feedback.index.CommentDocument;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups near-duplicates into campaigns. A comment joins the campaign of the nearest comment
 * already indexed (or placed earlier in the same batch) whose fingerprint is at most
 * {@link SimHash#NEAR_DUPLICATE_BITS} bits away; otherwise it starts one, named by its own id.
 * Candidates are found by fingerprint band only, never by comparing with everything:
 * <ul>
 *   <li>one terms query on the bands per batch (a campaign arrives as a flood, and a query per
 *       comment would halve the indexer's throughput);</li>
 *   <li>the comments this indexer placed recently: a search sees a document only after the next
 *       refresh, and a flood's copies arrive within one.</li>
 * </ul>
 */
@Component
class Campaigns {

    private static final int CANDIDATES = 1000;
    private static final int REMEMBERED = 20_000;

    private final ElasticsearchClient client;
    private final Map<String, Recent> recentByIndex = new HashMap<>();

    Campaigns(ElasticsearchClient client) {
        this.client = client;
    }

    /** A comment about to be indexed: its id and fingerprint. */
    record Member(String commentId, String fingerprint) {
    }

    /** A comment in a campaign, with what finding it needs. */
    private record Placed(String commentId, long fingerprint, List<String> bands, String campaignId) {

        static Placed of(String commentId, String fingerprint, String campaignId) {
            return new Placed(commentId, Long.parseUnsignedLong(fingerprint, 16), SimHash.bands(fingerprint), campaignId);
        }
    }

    /** The campaign of each member, by comment id, in the index named. */
    synchronized Map<String, String> assign(List<Member> members, String index) {
        Map<String, String> campaigns = new LinkedHashMap<>();
        if (members.isEmpty()) {
            return campaigns;
        }
        Recent recent = recentByIndex.computeIfAbsent(index, any -> new Recent());
        Bands batch = new Bands();
        for (Hit<CommentDocument> hit : candidates(members, index)) {
            CommentDocument document = hit.source();
            if (document != null && document.fingerprint() != null && document.campaignId() != null) {
                batch.add(Placed.of(document.commentId(), document.fingerprint(), document.campaignId()));
            }
        }
        for (Member member : members) {
            Placed self = Placed.of(member.commentId(), member.fingerprint(), member.commentId());
            Placed nearest = null;
            int nearestDistance = SimHash.NEAR_DUPLICATE_BITS + 1;
            for (String band : self.bands()) {
                if (nearestDistance == 0) {
                    break;
                }
                for (Placed other : batch.with(band, recent.bands.with(band, List.of()))) {
                    int distance = Long.bitCount(self.fingerprint() ^ other.fingerprint());
                    if (distance < nearestDistance) {
                        nearestDistance = distance;
                        nearest = other;
                    }
                }
            }
            Placed placed = nearest == null ? self
                    : new Placed(self.commentId(), self.fingerprint(), self.bands(), nearest.campaignId());
            campaigns.put(member.commentId(), placed.campaignId());
            recent.remember(placed);
            batch.add(placed);
        }
        return campaigns;
    }

    /** The earliest comments that share a band with any member; none while the index does not exist yet. */
    private List<Hit<CommentDocument>> candidates(List<Member> members, String index) {
        List<FieldValue> bands = members.stream().flatMap(member -> SimHash.bands(member.fingerprint()).stream())
                .distinct().map(FieldValue::of).toList();
        try {
            return client.search(search -> search.index(index).size(CANDIDATES)
                            .query(query -> query.terms(terms -> terms.field("fingerprintBands").terms(values -> values.value(bands))))
                            .sort(sort -> sort.field(field -> field.field("submittedAt").order(SortOrder.Asc)))
                            .source(source -> source.filter(filter -> filter.includes("commentId", "fingerprint", "campaignId"))),
                    CommentDocument.class).hits().hits();
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return List.of();
            }
            throw new IndexUnavailableException("cannot look up campaigns", e);
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot look up campaigns", e);
        }
    }

    /**
     * Placed comments by band, one per distinct fingerprint: the copies of a flood share one
     * fingerprint, and comparing a newcomer with the first of them tells as much as with all of
     * them, so a band never holds more entries than there are different texts in it.
     */
    private static final class Bands {

        private final Map<String, Map<Long, Placed>> byBand = new HashMap<>();

        void add(Placed placed) {
            placed.bands().forEach(band -> byBand.computeIfAbsent(band, any -> new HashMap<>()).putIfAbsent(placed.fingerprint(), placed));
        }

        void remove(Placed placed) {
            placed.bands().forEach(band -> {
                Map<Long, Placed> sharing = byBand.get(band);
                if (sharing != null && sharing.remove(placed.fingerprint(), placed) && sharing.isEmpty()) {
                    byBand.remove(band);
                }
            });
        }

        /** The comments with this band, and {@code more}. */
        List<Placed> with(String band, List<Placed> more) {
            Map<Long, Placed> sharing = byBand.get(band);
            if (sharing == null) {
                return more;
            }
            List<Placed> all = new ArrayList<>(sharing.values());
            all.addAll(more);
            return all;
        }
    }

    /** The last {@value #REMEMBERED} comments placed in one index, found by band. */
    private static final class Recent {

        private final Bands bands = new Bands();
        private final LinkedHashMap<String, Placed> byId = new LinkedHashMap<>();

        void remember(Placed placed) {
            Placed previous = byId.remove(placed.commentId());
            if (previous != null) {
                bands.remove(previous);
            }
            byId.put(placed.commentId(), placed);
            bands.add(placed);
            if (byId.size() > REMEMBERED) {
                Placed eldest = byId.values().iterator().next();
                byId.remove(eldest.commentId());
                bands.remove(eldest);
            }
        }
    }
}
