package cn.hongqi.feedback.portal.comment;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param secret          signs form tokens; every portal instance behind one address needs the same
 *                        one (from the environment, never from a file in the repository); empty means
 *                        a random secret per instance, enough for a single portal
 * @param minimumFillTime a form posted sooner after it was shown is refused as a bot's
 */
@ConfigurationProperties(prefix = "feedback.portal.form")
record FormGuardProperties(String secret, Duration minimumFillTime) {
}
