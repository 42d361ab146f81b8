package dev.sfntest.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code maxResults}/{@code nextToken} paging over a list: the token is an opaque offset bound to
 * the list it pages ({@code scope}), so a token of another listing is an {@code InvalidToken}.
 *
 * @param <T> the items
 * @param items this page
 * @param nextToken the token of the next page, or {@code null} on the last
 */
record Pages<T>(List<T> items, String nextToken) {
    /** AWS's default page size (100) when {@code maxResults} is 0 or absent. */
    static final int DEFAULT_SIZE = 100;

    static <T> Pages<T> of(List<T> all, int maxResults, String nextToken, String scope) {
        int size = maxResults <= 0 ? DEFAULT_SIZE : maxResults;
        int from = nextToken == null ? 0 : offset(nextToken, scope);
        if (from > all.size()) {
            throw ApiException.invalidPageToken(nextToken);
        }
        int to = (int) Math.min(all.size(), (long) from + size);
        String next = to < all.size() ? token(scope, to) : null;
        return new Pages<>(List.copyOf(all.subList(from, to)), next);
    }

    private static String token(String scope, int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((offset + "|" + scope).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token, String scope) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            if (bar > 0 && text.substring(bar + 1).equals(scope)) {
                return Integer.parseInt(text.substring(0, bar));
            }
        } catch (IllegalArgumentException e) {
            // not a token of ours: answered below
        }
        throw ApiException.invalidPageToken(token);
    }
}
