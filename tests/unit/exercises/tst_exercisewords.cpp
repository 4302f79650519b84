// The words of the pupil's screens, from the catalogue (issue 8, the "same" rule): in Czech and in
// English, no two exercises whose rows follow different rules (ordered or not, repeats or not,
// one from each group, up to turning, up to turning and flipping ...) show the same rule text,
// every exercise of the shared screen has an instruction, and find-missing says how many.

#include "exercises/domains/domains.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/exercisewords.h"
#include "exercises/framework/ringmove.h"
#include "exercises/framework/task.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QTest>

using namespace stages;

class TestExerciseWords : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ExerciseContent> m_content;

    static QString signature(const Exercise &e)
    {
        QStringList parts;
        for (SamenessRule rule : e.structure->rules())
            parts << QString::number(int(rule));
        return parts.join(QLatin1Char(','));
    }

private slots:
    void initTestCase() { m_content = makeExerciseContent(); }
    void cleanupTestCase() { i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }

    void differentRulesNeverShareWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Czech") << QStringLiteral("cs");
    }

    void differentRulesNeverShareWords()
    {
        QFETCH(QString, language);
        QVERIFY(i18n::installTranslators(*QCoreApplication::instance(), language));
        QHash<QString, QString> ruleOfText; // words -> rule signature
        QHash<QString, QString> textOfRule; // signature -> words
        const Evaluator evaluator(m_content->engine());
        for (const Exercise &e : m_content->catalogue().exercises()) {
            const QString words = ExerciseWords::rule(e);
            QVERIFY2(!words.isEmpty(), qPrintable(e.id));
            const QString rule = signature(e);
            QVERIFY2(ruleOfText.value(words, rule) == rule,
                     qPrintable(QStringLiteral("%1 shares \"%2\" with another rule").arg(e.id, words)));
            ruleOfText.insert(words, rule);
            textOfRule.insert(rule, words);
            const Task *task = m_content->engine().tasks().find(e.task);
            if (task->answerKind() != AnswerKind::Custom)
                QVERIFY2(!ExerciseWords::instruction(e, evaluator.prompt(e)).isEmpty(), qPrintable(e.id));
        }
        QVERIFY(textOfRule.size() >= 9); // the nine kinds of "the same" of the catalogue
        if (language == QLatin1String("cs")) {
            // Really Czech, not the English fallback.
            QVERIFY2(std::any_of(ruleOfText.keyBegin(), ruleOfText.keyEnd(),
                                 [](const QString &w) { return w.contains(QStringLiteral("pořadí")); }),
                     "the Czech rule words are missing");
        }
    }

    // The examples of the trainer's review: they look alike, so their words must not.
    void lookAlikesAreToldApart_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("perm vs seq") << "comb/perm/n2/digits/build-all/s1"
                                     << "comb/seq/n2k2/digits/build-all/s1";
        QTest::newRow("arr vs comb") << "comb/arr/n3k2/colors/build-all/s1"
                                     << "comb/comb/n3k2/colors/build-all/s1";
        QTest::newRow("mset vs seq") << "comb/mset/n4k3/digits/count/s1"
                                     << "comb/seq/n4k3/digits/count/s1";
        QTest::newRow("neck vs brac") << "comb/neck/n6k2/colors/count/s1"
                                      << "comb/brac/n6k2/colors/count/s1";
    }

    void lookAlikesAreToldApart()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        const Exercise *a = m_content->catalogue().find(first);
        const Exercise *b = m_content->catalogue().find(second);
        QVERIFY2(a, qPrintable(first));
        QVERIFY2(b, qPrintable(second));
        QVERIFY(ExerciseWords::rule(*a) != ExerciseWords::rule(*b));
    }

    void sameBecauseNamesTheMove()
    {
        // A refused twin says how it is the same: a turn, a flip, or a flip and a turn.
        i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
        const Exercise *bracelet = nullptr;
        for (const Exercise &e : m_content->catalogue().exercises()) {
            if (e.structure->kind() == QLatin1String("bracelet") && e.structure->itemLength() >= 4)
                bracelet = &e;
        }
        QVERIFY(bracelet);
        const int n = bracelet->structure->itemLength();
        Item first(n, 0); // 0 1 1 2 0 ...: no turn maps it onto its mirror image
        first[1] = 1;
        first[2] = 1;
        first[3] = 2;
        const QString turn = ExerciseWords::sameBecause(*bracelet, first, RingMove::turned(first, 1));
        const QString flip = ExerciseWords::sameBecause(*bracelet, first, RingMove::flipped(first));
        const QString both = ExerciseWords::sameBecause(*bracelet, first, RingMove::turned(RingMove::flipped(first), 1));
        QVERIFY2(turn.startsWith(QStringLiteral("Turn the ring")), qPrintable(turn));
        QCOMPARE(flip, QStringLiteral("Flip the ring over and it is the same one."));
        QVERIFY2(both.contains(QStringLiteral("Flip")) && both.contains(QStringLiteral("turn it")), qPrintable(both));
    }

    void findMissingSaysHowMany()
    {
        QVERIFY(i18n::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")));
        for (const Exercise &e : m_content->catalogue().exercises()) {
            if (e.task != QLatin1String("find-missing"))
                continue;
            const QJsonObject prompt = Evaluator(m_content->engine()).prompt(e);
            const int missing = prompt.value(QStringLiteral("missing")).toInt();
            const QString words = ExerciseWords::instruction(e, prompt);
            if (missing == 1)
                QCOMPARE(words, QStringLiteral("Which row is missing?"));
            else
                QVERIFY2(words.contains(QString::number(missing)), qPrintable(e.id + QLatin1Char(' ') + words));
        }
    }
};

QTEST_GUILESS_MAIN(TestExerciseWords)
#include "tst_exercisewords.moc"
