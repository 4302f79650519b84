// Structures: counts against closed forms and known integer sequences, and the enumeration
// against the count, for every size the registry accepts (and can list).

#include "exercises/framework/circularstructure.h"
#include "exercises/framework/structureregistry.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace stages;

namespace {

qint64 factorial(int n)
{
    qint64 r = 1;
    for (int i = 2; i <= n; ++i)
        r *= i;
    return r;
}

qint64 choose(int n, int k)
{
    // Pascal's triangle: independent of the product formula under test.
    QList<QList<qint64>> c(n + 1, QList<qint64>(n + 1, 0));
    for (int i = 0; i <= n; ++i) {
        c[i][0] = 1;
        for (int j = 1; j <= i; ++j)
            c[i][j] = c[i - 1][j - 1] + (j <= i - 1 ? c[i - 1][j] : 0);
    }
    return k < 0 || k > n ? 0 : c[n][k];
}

qint64 power(int b, int e)
{
    qint64 r = 1;
    for (int i = 0; i < e; ++i)
        r *= b;
    return r;
}

std::shared_ptr<const Structure> make(const QString &kind, const QJsonObject &params)
{
    static const StructureRegistry registry = StructureRegistry::builtIn();
    auto s = registry.create(kind, params);
    if (!s)
        qFatal("cannot create %s: %s", qPrintable(kind), qPrintable(s.error()));
    return *s;
}

QJsonObject nk(int n, int k) { return {{QStringLiteral("n"), n}, {QStringLiteral("k"), k}}; }

} // namespace

class TestStructures : public QObject
{
    Q_OBJECT

private slots:
    void closedForms_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<qint64>("expected");
        const int max = StructureRegistry::kMaxElements;
        for (int n = 1; n <= max; ++n) {
            QTest::addRow("permutation n%d", n) << QStringLiteral("permutation") << QJsonObject{{QStringLiteral("n"), n}} << factorial(n);
            for (int k = 1; k <= n; ++k) {
                QTest::addRow("arrangement n%d k%d", n, k) << QStringLiteral("arrangement") << nk(n, k) << factorial(n) / factorial(n - k);
                QTest::addRow("combination n%d k%d", n, k) << QStringLiteral("combination") << nk(n, k) << choose(n, k);
            }
            for (int k = 1; k <= StructureRegistry::kMaxLength; ++k) {
                if (power(n, k) <= 100'000'000)
                    QTest::addRow("sequence n%d k%d", n, k) << QStringLiteral("sequence") << nk(n, k) << power(n, k);
                QTest::addRow("multiset n%d k%d", n, k) << QStringLiteral("multiset") << nk(n, k) << choose(n + k - 1, k);
            }
        }
        const QList<QList<int>> sizes{{1}, {2, 2}, {2, 3}, {3, 3}, {2, 2, 2}, {3, 2, 2}, {3, 4}, {2, 3, 4}, {4, 4, 4, 2}};
        for (const QList<int> &s : sizes) {
            QJsonArray array;
            qint64 product = 1;
            for (int v : s) {
                array.append(v);
                product *= v;
            }
            QTest::addRow("product %d groups, %lld", int(s.size()), product)
                << QStringLiteral("product") << QJsonObject{{QStringLiteral("sizes"), array}} << product;
        }
        for (int a = 1; a <= StructureRegistry::kMaxLength / 2; ++a) {
            for (int b = 1; b <= StructureRegistry::kMaxLength / 2; ++b)
                QTest::addRow("lattice_path a%d b%d", a, b) << QStringLiteral("lattice_path")
                                                            << QJsonObject{{QStringLiteral("a"), a}, {QStringLiteral("b"), b}} << choose(a + b, a);
        }
    }

    void closedForms()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, params);
        QFETCH(qint64, expected);
        const auto s = make(kind, params);
        QCOMPARE(s->count(), expected);
        if (s->canEnumerate())
            QCOMPARE(qint64(s->enumerate().size()), expected);
    }

    void necklacesAndBracelets_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<QList<qint64>>("necklaces"); // n = 1, 2, ...
        QTest::addColumn<QList<qint64>>("bracelets");
        // OEIS A000031 / A000029 (2 colours), A001867 / A027671 (3 colours),
        // A001868 / A032275 (4 colours).
        QTest::newRow("2 colours") << 2
            << QList<qint64>{2, 3, 4, 6, 8, 14, 20, 36, 60, 108, 188, 352}
            << QList<qint64>{2, 3, 4, 6, 8, 13, 18, 30, 46, 78, 126, 224};
        QTest::newRow("3 colours") << 3
            << QList<qint64>{3, 6, 11, 24, 51, 130, 315, 834, 2195, 5934, 16107, 44368}
            << QList<qint64>{3, 6, 10, 21, 39, 92, 198, 498, 1219, 3210, 8418, 22913};
        QTest::newRow("4 colours") << 4
            << QList<qint64>{4, 10, 24, 70, 208, 700, 2344, 8230, 29144, 104968}
            << QList<qint64>{4, 10, 20, 55, 136, 430, 1300, 4435, 15084, 53764};
    }

    void necklacesAndBracelets()
    {
        QFETCH(int, k);
        QFETCH(QList<qint64>, necklaces);
        QFETCH(QList<qint64>, bracelets);
        for (int n = 1; n <= necklaces.size(); ++n) {
            const auto neck = make(QStringLiteral("necklace"), nk(n, k));
            const auto brac = make(QStringLiteral("bracelet"), nk(n, k));
            QCOMPARE(neck->count(), necklaces.at(n - 1));
            QCOMPARE(brac->count(), bracelets.at(n - 1));
            if (power(k, n) <= 300'000) {
                QCOMPARE(qint64(neck->enumerate().size()), necklaces.at(n - 1));
                QCOMPARE(qint64(brac->enumerate().size()), bracelets.at(n - 1));
            }
        }
    }

    void enumerationIsSystematic_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("params");
        QTest::newRow("permutation 4") << QStringLiteral("permutation") << QJsonObject{{QStringLiteral("n"), 4}};
        QTest::newRow("arrangement 5,3") << QStringLiteral("arrangement") << nk(5, 3);
        QTest::newRow("sequence 3,3") << QStringLiteral("sequence") << nk(3, 3);
        QTest::newRow("combination 6,3") << QStringLiteral("combination") << nk(6, 3);
        QTest::newRow("multiset 4,3") << QStringLiteral("multiset") << nk(4, 3);
        QTest::newRow("product 3x2x2") << QStringLiteral("product") << QJsonObject{{QStringLiteral("sizes"), QJsonArray{3, 2, 2}}};
        QTest::newRow("necklace 6,2") << QStringLiteral("necklace") << nk(6, 2);
        QTest::newRow("bracelet 5,3") << QStringLiteral("bracelet") << nk(5, 3);
        QTest::newRow("lattice 3x4") << QStringLiteral("lattice_path") << QJsonObject{{QStringLiteral("a"), 3}, {QStringLiteral("b"), 4}};
    }

    // Strictly increasing lexicographically (first position slowest, hence no repeats), every
    // item valid and canonical, every valid item's canonical form listed.
    void enumerationIsSystematic()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, params);
        const auto s = make(kind, params);
        const ItemList all = s->enumerate();
        for (int i = 0; i < all.size(); ++i) {
            QVERIFY(s->isValid(all.at(i)));
            QCOMPARE(s->canonical(all.at(i)), all.at(i));
            if (i > 0)
                QVERIFY2(all.at(i - 1) < all.at(i), qPrintable(QStringLiteral("at %1").arg(i)));
        }
        // Every word over the elements of the right length: valid ones map into the list.
        const int length = s->itemLength();
        const int symbols = kind == QLatin1String("product") ? 3 : s->elementCount();
        const QSet<Item> listed(all.cbegin(), all.cend());
        Item word(length, 0);
        int valid = 0;
        while (true) {
            if (s->isValid(word)) {
                ++valid;
                QVERIFY(listed.contains(s->canonical(word)));
            }
            int i = length - 1;
            while (i >= 0 && ++word[i] == symbols) {
                word[i] = 0;
                --i;
            }
            if (i < 0)
                break;
        }
        QVERIFY(valid >= all.size());
    }

    void validityAndCanonicalForms_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<Item>("item");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<Item>("canonical");
        const QJsonObject n3{{QStringLiteral("n"), 3}};
        QTest::newRow("perm ok") << QStringLiteral("permutation") << n3 << Item{2, 0, 1} << true << Item{2, 0, 1};
        QTest::newRow("perm repeat") << QStringLiteral("permutation") << n3 << Item{2, 2, 1} << false << Item{};
        QTest::newRow("perm short") << QStringLiteral("permutation") << n3 << Item{2, 1} << false << Item{};
        QTest::newRow("perm out of range") << QStringLiteral("permutation") << n3 << Item{0, 1, 3} << false << Item{};
        QTest::newRow("perm negative") << QStringLiteral("permutation") << n3 << Item{0, -1, 2} << false << Item{};
        QTest::newRow("seq repeat ok") << QStringLiteral("sequence") << nk(3, 3) << Item{2, 2, 2} << true << Item{2, 2, 2};
        QTest::newRow("comb any order") << QStringLiteral("combination") << nk(4, 2) << Item{3, 1} << true << Item{1, 3};
        QTest::newRow("comb repeat") << QStringLiteral("combination") << nk(4, 2) << Item{1, 1} << false << Item{};
        QTest::newRow("mset repeat ok") << QStringLiteral("multiset") << nk(3, 3) << Item{2, 0, 2} << true << Item{0, 2, 2};
        QTest::newRow("product ok") << QStringLiteral("product") << QJsonObject{{QStringLiteral("sizes"), QJsonArray{2, 3}}}
                                    << Item{1, 2} << true << Item{1, 2};
        QTest::newRow("product too big") << QStringLiteral("product") << QJsonObject{{QStringLiteral("sizes"), QJsonArray{2, 3}}}
                                         << Item{2, 0} << false << Item{};
        QTest::newRow("necklace rotation") << QStringLiteral("necklace") << nk(4, 2) << Item{1, 0, 0, 1} << true << Item{0, 0, 1, 1};
        QTest::newRow("necklace no mirror") << QStringLiteral("necklace") << nk(3, 3) << Item{0, 2, 1} << true << Item{0, 2, 1};
        QTest::newRow("bracelet mirror") << QStringLiteral("bracelet") << nk(3, 3) << Item{0, 2, 1} << true << Item{0, 1, 2};
        QTest::newRow("bracelet 5") << QStringLiteral("bracelet") << nk(5, 2) << Item{1, 1, 0, 1, 0} << true << Item{0, 1, 0, 1, 1};
        QTest::newRow("path ok") << QStringLiteral("lattice_path") << QJsonObject{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 1}}
                                 << Item{1, 0, 0} << true << Item{1, 0, 0};
        QTest::newRow("path wrong end") << QStringLiteral("lattice_path") << QJsonObject{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 1}}
                                        << Item{1, 1, 0} << false << Item{};
    }

    void validityAndCanonicalForms()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, params);
        QFETCH(Item, item);
        QFETCH(bool, valid);
        QFETCH(Item, canonical);
        const auto s = make(kind, params);
        QCOMPARE(s->isValid(item), valid);
        if (valid)
            QCOMPARE(s->canonical(item), canonical);
    }

    void registryRefusesBadParameters_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("params");
        QTest::newRow("unknown") << QStringLiteral("hexaflexagon") << QJsonObject{};
        QTest::newRow("no n") << QStringLiteral("permutation") << QJsonObject{};
        QTest::newRow("n zero") << QStringLiteral("permutation") << QJsonObject{{QStringLiteral("n"), 0}};
        QTest::newRow("n too big") << QStringLiteral("permutation") << QJsonObject{{QStringLiteral("n"), 13}};
        QTest::newRow("n not whole") << QStringLiteral("permutation") << QJsonObject{{QStringLiteral("n"), 2.5}};
        QTest::newRow("k > n") << QStringLiteral("combination") << nk(3, 4);
        QTest::newRow("sizes empty") << QStringLiteral("product") << QJsonObject{{QStringLiteral("sizes"), QJsonArray{}}};
        QTest::newRow("sizes text") << QStringLiteral("product") << QJsonObject{{QStringLiteral("sizes"), QJsonArray{QStringLiteral("2")}}};
        QTest::newRow("lattice no b") << QStringLiteral("lattice_path") << QJsonObject{{QStringLiteral("a"), 2}};
    }

    void registryRefusesBadParameters()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, params);
        const auto result = StructureRegistry::builtIn().create(kind, params);
        QVERIFY(!result.ok());
        QVERIFY(!result.error().isEmpty());
    }

    void paramsRoundTrip()
    {
        const StructureRegistry registry = StructureRegistry::builtIn();
        for (const QString &kind : registry.kinds()) {
            const QJsonObject params = kind == QLatin1String("product")        ? QJsonObject{{QStringLiteral("sizes"), QJsonArray{2, 3}}}
                                       : kind == QLatin1String("lattice_path") ? QJsonObject{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}
                                       : kind == QLatin1String("permutation")  ? QJsonObject{{QStringLiteral("n"), 3}}
                                                                               : nk(3, 2);
            const auto s = make(kind, params);
            QCOMPARE(s->kind(), kind);
            QCOMPARE(s->params(), params);
        }
        QCOMPARE(registry.kinds().size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestStructures)
#include "tst_structures.moc"
