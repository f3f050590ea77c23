package org.dozaban.bench;

import java.util.List;

/** The forty bilingual topics of a generated corpus, written to its {@code topics.yaml}. */
public final class CorpusTopics {

    /** A topic key with its English and Persian names. */
    public record Topic(String key, String en, String fa) {
    }

    public static final List<Topic> ALL = List.of(
            new Topic("afghanistan", "Afghanistan", "افغانستان"),
            new Topic("al-qaeda", "Al Qaeda", "القاعده"),
            new Topic("china", "China", "چین"),
            new Topic("climate", "Climate", "اقلیم"),
            new Topic("diplomacy", "Diplomacy", "دیپلماسی"),
            new Topic("economy", "Economy", "اقتصاد"),
            new Topic("egypt", "Egypt", "مصر"),
            new Topic("elections", "Elections", "انتخابات"),
            new Topic("europe", "Europe", "اروپا"),
            new Topic("gulf-states", "Saudi Arabia and the Gulf", "عربستان و کشورهای حاشیهٔ خلیج فارس"),
            new Topic("human-rights", "Human rights", "حقوق بشر"),
            new Topic("imperialism", "Imperialism", "امپریالیسم"),
            new Topic("iran", "Iran", "ایران"),
            new Topic("iraq", "Iraq", "عراق"),
            new Topic("isis", "ISIS", "داعش"),
            new Topic("israel", "Israel", "اسرائیل"),
            new Topic("jordan", "Jordan", "اردن"),
            new Topic("kurds", "Kurds", "کردها"),
            new Topic("labour", "Labour and unions", "کار و اتحادیه‌ها"),
            new Topic("lebanon", "Lebanon", "لبنان"),
            new Topic("libya", "Libya", "لیبی"),
            new Topic("military-intervention", "Military intervention", "مداخلهٔ نظامی"),
            new Topic("nuclear-programme", "Nuclear programme", "برنامهٔ هسته‌ای"),
            new Topic("oil", "Oil", "نفت"),
            new Topic("pakistan", "Pakistan", "پاکستان"),
            new Topic("palestine", "Palestine", "فلسطین"),
            new Topic("press-freedom", "Press freedom", "آزادی مطبوعات"),
            new Topic("protests", "Protests", "اعتراض‌ها"),
            new Topic("refugees", "Refugees", "پناهجویان"),
            new Topic("russia", "Russia", "روسیه"),
            new Topic("sanctions", "Sanctions", "تحریم‌ها"),
            new Topic("sectarianism", "Sectarianism", "فرقه‌گرایی"),
            new Topic("syria", "Syria", "سوریه"),
            new Topic("terrorism", "Terrorism", "تروریسم"),
            new Topic("turkey", "Turkey", "ترکیه"),
            new Topic("united-nations", "United Nations", "سازمان ملل"),
            new Topic("united-states", "United States", "ایالات متحده"),
            new Topic("water", "Water", "آب"),
            new Topic("women", "Women", "زنان"),
            new Topic("yemen", "Yemen", "یمن"));

    private CorpusTopics() {
    }

    /** The topic vocabulary in the format of {@code topics.yaml}. */
    public static String yaml() {
        StringBuilder yaml = new StringBuilder("# Forty bilingual topics of a generated benchmark corpus.\n");
        for (Topic topic : ALL) {
            yaml.append(topic.key()).append(":\n")
                    .append("  name: {en: \"").append(topic.en()).append("\", fa: \"").append(topic.fa()).append("\"}\n")
                    .append("  words:\n")
                    .append("    en: [\"").append(topic.en()).append("\"]\n")
                    .append("    fa: [\"").append(topic.fa()).append("\"]\n");
        }
        return yaml.toString();
    }
}
