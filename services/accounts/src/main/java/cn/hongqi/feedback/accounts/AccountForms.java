package cn.hongqi.feedback.accounts;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules every account form shares: user names, display names and one-time passwords. */
final class AccountForms {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    private static final int MAX_DISPLAY_NAME = 50;
    /** No 0/o, 1/l/i: a password read aloud over the phone or copied from paper survives. */
    private static final String PASSWORD_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final int PASSWORD_GROUPS = 3;
    private static final int PASSWORD_GROUP_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccountForms() {
    }

    /** Lower case, so that WangJG and wangjg cannot be two accounts. */
    static String newUsername(String username, AccountLog<?> log) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountRejectedException("account.username.invalid");
        }
        if (log.taken(name)) {
            throw new AccountRejectedException("account.username.taken");
        }
        return name;
    }

    static String displayName(String value) {
        return required(value, MAX_DISPLAY_NAME, "account.display-name.invalid");
    }

    static String required(String value, int maxLength, String messageKey) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > maxLength || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new AccountRejectedException(messageKey);
        }
        return stripped;
    }

    static String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < PASSWORD_GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < PASSWORD_GROUP_LENGTH; i++) {
                password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
