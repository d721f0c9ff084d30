package cn.hongqi.feedback.delegates;

import cn.hongqi.feedback.events.DelegateAccount;
import cn.hongqi.feedback.events.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Where staff admins open, close and reset delegate accounts. Each change is written to the
 * delegate log and returns once this service's directory shows it, so the admin's next page is
 * up to date. Passwords are generated here, shown once, and only their BCrypt hash is kept.
 */
public class DelegateRegistry {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    private static final int MAX_DISPLAY_NAME = 50;
    private static final int MAX_DELEGATION = 100;
    /** No 0/o, 1/l/i: a password read aloud over the phone or copied from paper survives. */
    private static final String PASSWORD_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final int PASSWORD_GROUPS = 3;
    private static final int PASSWORD_GROUP_LENGTH = 4;

    private final KafkaTemplate<String, DelegateAccount> template;
    private final DelegateDirectory directory;
    private final PasswordEncoder passwords;
    private final DelegateLogProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DelegateRegistry(KafkaTemplate<String, DelegateAccount> template, DelegateDirectory directory, PasswordEncoder passwords,
                     DelegateLogProperties properties, Clock clock) {
        this.template = template;
        this.directory = directory;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    /** The account as saved, with the one-time password to hand to the delegate. */
    public record Issued(DelegateAccount account, String password) {

        @Override
        public String toString() {
            return "Issued[" + account + "]";
        }
    }

    public Issued open(String username, String displayName, String delegation, String admin) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new DelegateRejectedException("delegate.username.invalid");
        }
        if (directory.find(name).isPresent()) {
            throw new DelegateRejectedException("delegate.username.taken");
        }
        String shownName = required(displayName, MAX_DISPLAY_NAME, "delegate.display-name.invalid");
        String shownDelegation = required(delegation, MAX_DELEGATION, "delegate.delegation.invalid");
        String password = newPassword();
        return new Issued(save(new DelegateAccount(name, shownName, shownDelegation, passwords.encode(password), true, admin,
                clock.instant())), password);
    }

    public Issued resetPassword(String username, String admin) {
        DelegateAccount account = existing(username);
        String password = newPassword();
        return new Issued(save(new DelegateAccount(account.username(), account.displayName(), account.delegation(),
                passwords.encode(password), true, admin, clock.instant())), password);
    }

    /** A closed account no longer logs in; the comments its delegate wrote keep their role and delegation. */
    public DelegateAccount close(String username, String admin) {
        DelegateAccount account = existing(username);
        return save(new DelegateAccount(account.username(), account.displayName(), account.delegation(),
                account.passwordHash(), false, admin, clock.instant()));
    }

    private DelegateAccount existing(String username) {
        return directory.find(username).orElseThrow(() -> new DelegateRejectedException("delegate.unknown"));
    }

    private DelegateAccount save(DelegateAccount account) {
        try {
            SendResult<String, DelegateAccount> sent = template.send(Topics.DELEGATES.name(), account.username(), account)
                    .get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!directory.awaitOffset(sent.getRecordMetadata().offset(), properties.publishTimeout())) {
                throw new DelegateLogUnavailableException("saved, but this service has not read it back yet", null);
            }
            return account;
        } catch (ExecutionException | TimeoutException | org.springframework.kafka.KafkaException e) {
            throw new DelegateLogUnavailableException("the delegate log did not acknowledge the change", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DelegateLogUnavailableException("interrupted", e);
        }
    }

    private static String required(String value, int maxLength, String messageKey) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > maxLength || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new DelegateRejectedException(messageKey);
        }
        return stripped;
    }

    private String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < PASSWORD_GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < PASSWORD_GROUP_LENGTH; i++) {
                password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
