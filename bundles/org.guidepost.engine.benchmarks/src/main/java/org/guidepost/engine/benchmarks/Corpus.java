package org.guidepost.engine.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.guidepost.model.Communication;

/**
 * A deterministic corpus of social-media posts a physiotherapy clinic might draft: the same seed gives the same
 * posts on every machine and Java version ({@link SplittableRandom} is specified exactly). Posts are 80 to 600
 * characters, built from everyday sentences (some with accents), with emoji here and there; about 30% carry a
 * phrase from one of the benchmark project's lexicons (a testimonial, a guarantee, a case story, a request for
 * a review or for health information, a discount, a title, a before-and-after), and a few carry what the
 * project's regular expressions look for (phone numbers, shortened links, capitals, deadlines). Channels,
 * kinds and account types vary as in practice, so rules on plain fields fire too.
 */
public final class Corpus {
    /** The seed the benchmarks use. */
    public static final long SEED = 20261125L;
    /** The number of posts the benchmarks cycle through. */
    public static final int SIZE = 2_000;
    public static final int MIN_LENGTH = 80;
    public static final int MAX_LENGTH = 600;
    /** The share of posts that get a sentence from {@link #RISKY}. */
    static final double RISKY_SHARE = 0.30;

    /** Everyday sentences: none contains a lexicon phrase (the tests check). */
    static final List<String> NEUTRAL = List.of(
            "Stretch your calves after every run and hold each stretch for thirty seconds.",
            "Our reception is open from 8 am to 6 pm on weekdays.",
            "Remember to drink water before, during and after long training sessions.",
            "Desk workers: stand up and walk around for two minutes every hour.",
            "We are closed on Monday for the public holiday.",
            "Try this simple balance exercise while you brush your teeth.",
            "Good posture is less about sitting straight and more about moving often.",
            "The team ran the city 10K together on Sunday, in the rain.",
            "Welcome to Zoë, who joins our front desk team this week.",
            "Ice or heat? It depends on the injury and how long ago it happened.",
            "Strength training twice a week helps keep your joints healthy as you age.",
            "Parking is available behind the building, entrance on Rue Sainte-Cécile.",
            "Our café corner now has herbal tea and fruit for everyone waiting.",
            "Gardening season is here: bend your knees, not your back, when lifting bags of soil.",
            "New evening hours on Thursdays until 8 pm.",
            "Did you know that sleep is one of the most underrated recovery tools?",
            "Happy birthday to our receptionist Renée!",
            "A short walk after dinner is good for your back and your mood.",
            "We are proud sponsors of the junior football club this season.",
            "Join our community running group on Saturday mornings, all paces welcome.",
            "Wear shoes that fit well and replace running shoes every 600 to 800 km.",
            "Take the stairs instead of the lift when you can.",
            "Our physiotherapists speak English, French, Spanish and Português.",
            "Meet Jörg, our new pilates instructor, who trained in Zürich.",
            "Photos from the charity bike ride are up on our page.",
            "Thinking of starting to run? Build up slowly over several weeks.",
            "Headaches after screen time? Check the height of your monitor.",
            "Our clinic will be closed for staff training on the first Friday of the month.",
            "A gentle mobility routine can help you start the day feeling looser.",
            "Swimming is a great low-impact way to stay active all year.",
            "We have wheelchair access and a lift to the first floor.",
            "Bring comfortable clothes when you come in.",
            "Hydration, sleep and steady training beat any shortcut.",
            "Thank you to everyone who came to the open day, it was lovely to see so many neighbours.",
            "Our team is growing: we are hiring a part-time receptionist.",
            "Cycling to work? Set your saddle height so your knee is slightly bent at the bottom.",
            "Lift with your legs and keep the load close to your body.",
            "Warm up with five minutes of easy movement before you exercise.",
            "The kids' sports day was a huge success, well done everyone.",
            "Snow forecast this weekend: take care on icy pavements.",
            "The crème brûlée at the staff party was a hit.",
            "Office yoga: roll your shoulders back ten times, slowly.",
            "We now accept contactless payment at the front desk.",
            "Our newsletter comes out on the first of each month.",
            "Pain that gets worse at night is worth getting checked.",
            "Ask at reception about our accessibility options.",
            "Congratulations to Anaïs for finishing her first half marathon!",
            "Walking in nature, even for twenty minutes, lowers stress.",
            "Our building is fully air-conditioned for the summer.",
            "Hamstring flexibility matters for runners and desk workers alike.",
            "São Paulo, Montréal, Köln: our team comes from all over.",
            "Reminder: the clinic is a scent-free space.",
            "Thanks to the local bakery for the croissants this morning.",
            "Set a reminder to get up from your desk every half hour.",
            "We are at the farmers' market this Saturday with a posture check stand.",
            "Winter running tip: layer up and start slower than usual.",
            "If your pain persists, we will refer you to a specialist.",
            "We highly recommend warming up before every match.");

    /** Sentences with at least one lexicon phrase each (the tests check). */
    static final List<String> RISKY = List.of(
            // testimonials
            "“Changed my life,” says one happy runner.",
            "Five stars from Maria: “I can finally walk without pain.”",
            "Thanks to Alex I can run again!",
            "Highly recommend this team, they worked wonders on my shoulder.",
            "Best physio ever, magic hands!",
            "Here's what our patients say about us.",
            "I was in pain for years and after just one session I felt better.",
            // guarantees
            "Results guaranteed or your money back.",
            "We guarantee you will be pain-free in two weeks.",
            "Our method is clinically proven and works every time.",
            "Get rid of back pain for good with our programme.",
            "Instant relief, fixed in one session.",
            "We cure your sciatica, 100% effective.",
            // case stories
            "My patient today finally squatted without pain.",
            "One of my clients just finished her first marathon.",
            "A runner came in last week limping badly.",
            "This morning I treated a dancer with a torn ACL.",
            "Patient of the week: a golfer back on the course after a knee replacement.",
            "Had a lady in yesterday with a frozen shoulder.",
            "Shout out to my patient Tom for sticking with his rehab.",
            // review requests
            "Please leave us a review on Google!",
            "Enjoyed your visit? Rate us on Facebook.",
            "Write a review and get a free session.",
            "Tag us in your review for a chance to win a free massage.",
            "Share your experience with a five-star review.",
            "Here's our review link, how did we do?",
            // discounts
            "20 percent off all sessions this month.",
            "New patient special: free assessment for first-time visitors.",
            "Use promo code RUN10 when you book.",
            "Refer a friend and get a gift card.",
            "Black Friday flash sale on all packages.",
            "Buy one get one half price on sports massage.",
            "Giveaway! Win a free pair of running shoes.",
            // titles
            "Dr. Sarah Lee, our sports specialist, is back from leave.",
            "Book with the best physio in the city.",
            "Our award-winning, top-rated team of experts is here for you.",
            "Ask our back pain guru anything.",
            "The leading clinic in town, number one for runners.",
            "Consultant physiotherapist appointments now available.",
            "I'm a specialist in knee rehab.",
            // health information requests
            "DM us your MRI and we'll tell you what's wrong.",
            "Send me your X-ray and I'll have a look tonight.",
            "Drop your symptoms below and we'll reply.",
            "Post a photo of your injury in the comments.",
            "WhatsApp us your scan results.",
            "Message us your symptoms for a quick opinion.",
            // before and after
            "Before and after: six weeks of posture work.",
            "Swipe to see how far she has come!",
            "Week 1 vs week 8 of rehab, look at the difference.",
            "Then and now, what a transformation.",
            "Progress photo from our client this week.",
            // conditions (education posts)
            "Living with plantar fasciitis? Here are three tips.",
            "Tennis elbow is common in people who type all day.",
            "Whiplash after a car accident needs a gradual return to movement.");

    /** Sentences for the project's regular expressions and field rules, with their probability; no lexicon phrase. */
    private static final List<Extra> EXTRAS = List.of(
            new Extra(0.05, "Call Sam on 555-201-3344."),
            new Extra(0.03, "Questions? Write to sam.physio@example.com"),
            new Extra(0.04, "Details: bit.ly/3xRun"),
            new Extra(0.03, "BIG NEWS: LONGER HOURS from March."),
            new Extra(0.05, "See you there!!!"),
            new Extra(0.03, "Only 3 spots left, hurry!"),
            new Extra(0.01, "Better than other clinics, because we listen."),
            new Extra(0.01, "Reposting this lovely review from Jo."),
            new Extra(0.06, "Conditions apply."));

    private static final List<String> EMOJI = List.of("💪", "🏃‍♀️", "🙌", "✨", "🦵", "☀️", "❄️", "🎉", "👍", "🧘", "🚴", "❤️");

    private record Extra(double probability, String sentence) {
    }

    private Corpus() {
    }

    /** The benchmarks' corpus: {@link #SIZE} posts from {@link #SEED}. */
    public static List<Communication> standard() {
        return generate(SEED, SIZE);
    }

    /** {@code count} posts from {@code seed}; the same arguments always give the same posts. */
    public static List<Communication> generate(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Communication> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            posts.add(post(random, String.format("post-%05d", i + 1)));
        }
        return posts;
    }

    private static Communication post(SplittableRandom random, String id) {
        String channel = pick(random, new String[] {"instagram", "facebook", "x", "linkedin", "tiktok", "google-reviews",
            "website", "email", "sms", "youtube"}, new int[] {25, 20, 10, 10, 8, 8, 5, 6, 4, 4});
        String kind = kindFor(random, channel);
        String account = pick(random, new String[] {"clinic", "professional", "personal"}, new int[] {55, 30, 15});

        List<String> sentences = new ArrayList<>();
        if (kind.equals("profile")) {
            sentences.add(random.nextDouble() < 0.7 ? "Registered physiotherapist, registration no. PT-" + (1000 + random.nextInt(9000)) + "."
                    : "Physio helping runners and desk workers move better.");
        }
        if (channel.equals("google-reviews")) {
            sentences.add(random.nextDouble() < 0.3 ? "Glad your knee is better after your treatment, Sam."
                    : "Thank you for the kind words, we pass them on to the team.");
        }
        if ((kind.equals("reply") || kind.equals("comment")) && random.nextDouble() < 0.03) {
            sentences.add("Sudden weakness in both legs after lifting?");
        }
        for (Extra extra : EXTRAS) {
            if (random.nextDouble() < extra.probability()) {
                sentences.add(extra.sentence());
            }
        }
        if (random.nextDouble() < RISKY_SHARE) {
            sentences.add(random.nextInt(sentences.size() + 1), RISKY.get(random.nextInt(RISKY.size())));
            if (random.nextDouble() < 0.15) {
                sentences.add(random.nextInt(sentences.size() + 1), RISKY.get(random.nextInt(RISKY.size())));
            }
        }
        // 80 to 600 characters, most posts short: the target length is skewed towards 80
        double u = random.nextDouble();
        int target = MIN_LENGTH + (int) ((MAX_LENGTH - MIN_LENGTH) * u * u);
        int length = lengthOf(sentences);
        int misses = 0;
        while (length < target && misses < 20) {
            String sentence = NEUTRAL.get(random.nextInt(NEUTRAL.size()));
            if (random.nextDouble() < 0.25) {
                sentence = sentence + " " + EMOJI.get(random.nextInt(EMOJI.size()));
            }
            int longer = length + (sentences.isEmpty() ? 0 : 1) + sentence.length();
            if (longer > MAX_LENGTH) {
                misses++;
                continue;
            }
            sentences.add(random.nextInt(sentences.size() + 1), sentence);
            length = longer;
        }
        String text = String.join(" ", sentences);
        if (text.length() > MAX_LENGTH) { // only when the fixed sentences alone are too long: never in practice
            text = text.substring(0, MAX_LENGTH);
        }
        return new Communication(id, channel, kind, account, text);
    }

    private static String kindFor(SplittableRandom random, String channel) {
        switch (channel) {
            case "google-reviews":
                return "reply";
            case "email":
                return pick(random, new String[] {"direct-message", "advertisement"}, new int[] {80, 20});
            case "sms":
                return pick(random, new String[] {"direct-message", "advertisement"}, new int[] {70, 30});
            case "website":
                return pick(random, new String[] {"post", "profile"}, new int[] {80, 20});
            case "linkedin":
                return pick(random, new String[] {"post", "comment", "direct-message", "profile", "connection-request"},
                        new int[] {50, 15, 10, 10, 15});
            default:
                return pick(random, new String[] {"post", "story", "reply", "comment", "direct-message", "advertisement",
                    "profile", "connection-request"}, new int[] {50, 10, 12, 10, 8, 6, 2, 2});
        }
    }

    private static String pick(SplittableRandom random, String[] values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int at = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            at -= weights[i];
            if (at < 0) {
                return values[i];
            }
        }
        throw new AssertionError();
    }

    private static int lengthOf(List<String> sentences) {
        return sentences.isEmpty() ? 0 : String.join(" ", sentences).length();
    }
}
