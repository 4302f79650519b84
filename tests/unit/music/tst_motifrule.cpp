#include "exercises/music/motifrule.h"

#include <QTest>

using namespace stages::music;

using Orders = QList<MotifOrder>;

class TestMotifRule : public QObject
{
    Q_OBJECT

private slots:
    void allOrders()
    {
        QCOMPARE(MotifRule::allOrders(3).size(), 6);
        QCOMPARE(MotifRule::allOrders(4).size(), 24);
        QCOMPARE(MotifRule::allOrders(3).constFirst(), (MotifOrder { 0, 1, 2 }));
        QCOMPARE(MotifRule::allOrders(3).constLast(), (MotifOrder { 2, 1, 0 }));
        QVERIFY(MotifRule::isOrder({ 2, 0, 1 }, 3));
        QVERIFY(!MotifRule::isOrder({ 2, 2, 1 }, 3));
        QVERIFY(!MotifRule::isOrder({ 0, 1 }, 3));
    }

    void check_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<Orders>("orders");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("firstBad");
        const Orders lexicographic = MotifRule::allOrders(3);
        // Plain changes (Steinhaus-Johnson-Trotter): every step swaps two neighbours.
        const Orders plain { { 0, 1, 2 }, { 0, 2, 1 }, { 2, 0, 1 }, { 2, 1, 0 }, { 1, 2, 0 }, { 1, 0, 2 } };
        QTest::newRow("all orders, lexicographic") << "all-orders" << lexicographic << true << -1;
        QTest::newRow("all orders, one repeated")
            << "all-orders" << Orders { { 0, 1, 2 }, { 0, 2, 1 }, { 1, 0, 2 }, { 0, 1, 2 }, { 2, 0, 1 }, { 2, 1, 0 } }
            << false << 3;
        QTest::newRow("all orders, too few") << "all-orders" << lexicographic.mid(0, 5) << false << -1;
        QTest::newRow("all orders, not an order") << "all-orders" << Orders { { 0, 0, 1 } } << false << 0;
        QTest::newRow("neighbour swap, plain changes") << "neighbour-swap" << plain << true << -1;
        QTest::newRow("neighbour swap, lexicographic") << "neighbour-swap" << lexicographic << false << 2;
        QTest::newRow("neighbour swap, far swap")
            << "neighbour-swap" << Orders { { 0, 1, 2 }, { 2, 1, 0 } } << false << 1;
        QTest::newRow("start where ended")
            << "start-where-ended" << Orders { { 0, 1, 2 }, { 2, 0, 1 }, { 1, 2, 0 }, { 0, 2, 1 } } << true << -1;
        QTest::newRow("start where ended, broken")
            << "start-where-ended" << Orders { { 0, 1, 2 }, { 2, 0, 1 }, { 0, 2, 1 } } << false << 2;
        QTest::newRow("mirror pairs") << "mirror-pairs" << Orders { { 0, 1, 2 }, { 2, 1, 0 }, { 1, 0, 2 }, { 2, 0, 1 } }
                                      << true << -1;
        QTest::newRow("mirror pairs, odd")
            << "mirror-pairs" << Orders { { 0, 1, 2 }, { 2, 1, 0 }, { 1, 0, 2 } } << false << -1;
        QTest::newRow("mirror pairs, wrong mirror")
            << "mirror-pairs" << Orders { { 0, 1, 2 }, { 2, 0, 1 } } << false << 1;
        QTest::newRow("mirror pairs, pair twice")
            << "mirror-pairs" << Orders { { 0, 1, 2 }, { 2, 1, 0 }, { 0, 1, 2 }, { 2, 1, 0 } } << false << 2;
        QTest::newRow("return home") << "return-home" << Orders { { 0, 1, 2 }, { 1, 0, 2 }, { 2, 1, 0 }, { 0, 1, 2 } }
                                     << true << -1;
        QTest::newRow("return home, not home at end")
            << "return-home" << Orders { { 0, 1, 2 }, { 1, 0, 2 }, { 2, 1, 0 } } << false << 2;
        QTest::newRow("return home, repeat in a row")
            << "return-home" << Orders { { 0, 1, 2 }, { 1, 0, 2 }, { 1, 0, 2 }, { 0, 1, 2 } } << false << 2;
        QTest::newRow("return home, wrong start")
            << "return-home" << Orders { { 1, 0, 2 }, { 2, 1, 0 }, { 0, 1, 2 } } << false << 0;
    }

    void check()
    {
        QFETCH(QString, rule);
        QFETCH(Orders, orders);
        QFETCH(bool, ok);
        QFETCH(int, firstBad);
        MotifRule r;
        QVERIFY(MotifRule::fromId(rule, &r));
        const RuleCheck c = r.check(orders, 3);
        QCOMPARE(c.ok, ok);
        QCOMPARE(c.firstBadOrder, firstBad);
    }

    /// Every rule builds valid examples for 3- and 4-note motifs, and the seed changes which.
    void examplesObeyTheirRule_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("requested");
        for (const MotifRule &r : MotifRule::all()) {
            for (int size : { 3, 4 }) {
                for (int requested : { 2, 4, 6 }) {
                    QTest::addRow("%s n%d len%d", qPrintable(r.id()), size, requested)
                        << int(r.kind()) << size << requested;
                }
            }
        }
    }

    void examplesObeyTheirRule()
    {
        QFETCH(int, rule);
        QFETCH(int, size);
        QFETCH(int, requested);
        const MotifRule r(static_cast<MotifRule::Kind>(rule));
        QSet<QString> distinct;
        for (quint32 seed = 1; seed <= 8; ++seed) {
            const Orders example = r.example(size, requested, seed);
            QCOMPARE(example.size(), r.melodyLength(size, requested));
            const RuleCheck c = r.check(example, size);
            QVERIFY2(c.ok, qPrintable(QStringLiteral("seed %1 bad at %2").arg(seed).arg(c.firstBadOrder)));
            QString key;
            for (const auto &o : example)
                for (int i : o)
                    key += QString::number(i);
            distinct.insert(key);
            QCOMPARE(r.example(size, requested, seed), example);
        }
        QVERIFY(distinct.size() > 1);
    }

    void descriptionsAndIds()
    {
        for (const MotifRule &r : MotifRule::all()) {
            QVERIFY(!r.description().isEmpty());
            MotifRule back;
            QVERIFY(MotifRule::fromId(r.id(), &back));
            QCOMPARE(back, r);
        }
        QVERIFY(!MotifRule::fromId(QStringLiteral("nope"), nullptr));
    }
};

QTEST_GUILESS_MAIN(TestMotifRule)
#include "tst_motifrule.moc"
