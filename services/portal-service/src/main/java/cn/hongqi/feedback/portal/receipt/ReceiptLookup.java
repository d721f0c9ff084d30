package cn.hongqi.feedback.portal.receipt;

import cn.hongqi.feedback.index.CommentDocument;
import cn.hongqi.feedback.index.CommentIndex;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a comment by the receipt number its author holds. A number of the wrong shape is not looked
 * up at all, and a wrong number finds nothing: the answer never says whether a number exists.
 */
@Component
class ReceiptLookup {

    private static final Pattern RECEIPT = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    private final ElasticsearchClient client;
    private final CommentIndex index;

    ReceiptLookup(ElasticsearchClient client, CommentIndex index) {
        this.client = client;
        this.index = index;
    }

    /** Lower case, spaces and the letters people mistake for digits (O, I, L) are forgiven. */
    static String normalise(String number) {
        return number == null ? "" : number.strip().toUpperCase(Locale.ROOT).replace(' ', '-')
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }

    Optional<CommentDocument> find(String number) {
        String receipt = normalise(number);
        if (!RECEIPT.matcher(receipt).matches()) {
            return Optional.empty();
        }
        try {
            index.ensureExists();
            return client.search(search -> search.index(CommentIndex.ALIAS).size(1)
                            .query(query -> query.term(term -> term.field("receipt").value(receipt))), CommentDocument.class)
                    .hits().hits().stream().map(hit -> hit.source()).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("the comment index cannot be reached", e);
        }
    }
}
