// AttemptTimelineModel (the pupil drill-down's attempts) under QAbstractItemModelTester: words,
// local time, per cent, minutes:seconds, hints, solved; sort values that sort as numbers and times.

#include "ui/teacher/pupil/attempttimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace stages;

class TestAttemptTimelineModel : public QObject
{
    Q_OBJECT

    static QList<AttemptEntry> entries()
    {
        const QDateTime t0(QDate(2026, 11, 2), QTime(8, 30), Qt::UTC);
        AttemptEntry a { QStringLiteral("a1"), QStringLiteral("comb/perm/n3/colors/build-all/s1"),
                         QStringLiteral("combinatorics"), 2, 0.85, false, 65'000, 1, false, t0.addDays(1) };
        AttemptEntry b { QStringLiteral("a2"), QStringLiteral("music/create/s1"), QStringLiteral("music"), 4, 1.0,
                         true, 9'000, 0, true, t0 };
        AttemptEntry c { QStringLiteral("a3"), QStringLiteral("comb/perm/n3/colors/build-all/s2"),
                         QStringLiteral("combinatorics"), 10, 0.1, false, 725'400, 12, false, t0.addSecs(-3600) };
        return { a, b, c };
    }

private slots:
    void showsEachAttemptInWords()
    {
        AttemptTimelineModel model([](const AttemptEntry &a) {
            return a.domain == QLatin1String("music") ? QStringLiteral("Music, stage %1").arg(a.stage) : QString();
        });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QList<AttemptEntry> list = entries();
        model.setAttempts(list);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AttemptTimelineModel::ColumnCount));
        using C = AttemptTimelineModel;
        // Words from the describer, or domain and stage when it has none.
        QCOMPARE(model.index(1, C::WhatColumn).data().toString(), QStringLiteral("Music, stage 4"));
        QCOMPARE(model.index(0, C::WhatColumn).data().toString(), QStringLiteral("combinatorics, stage 2"));
        QCOMPARE(model.index(1, C::WhatColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("music/create/s1 (in a warm-up)"));
        QCOMPARE(model.index(0, C::WhenColumn).data().toString(),
                 QLocale().toString(list.at(0).finishedAt.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.index(0, C::ScoreColumn).data().toString(), QStringLiteral("85 %"));
        QCOMPARE(model.index(0, C::TimeColumn).data().toString(), QStringLiteral("1:05"));
        QCOMPARE(model.index(2, C::TimeColumn).data().toString(), QStringLiteral("12:05"));
        QCOMPARE(model.index(0, C::HintsColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, C::SolvedColumn).data().toString(), QStringLiteral("No"));
        QCOMPARE(model.index(1, C::SolvedColumn).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(model.index(2, C::ScoreColumn).data(C::SortRole).toInt(), 10);
        QCOMPARE(model.index(1, C::WhenColumn).data(Qt::UserRole).toString(), QStringLiteral("a2"));
        QCOMPARE(model.headerData(C::ScoreColumn, Qt::Horizontal).toString(), QStringLiteral("Score"));
        model.setAttempts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsByValueNotByText()
    {
        AttemptTimelineModel model;
        model.setAttempts(entries());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(AttemptTimelineModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // As text "12:05" < "1:05" < "0:09" would go wrong; as milliseconds it is right.
        proxy.sort(AttemptTimelineModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("a2"));
        QCOMPARE(proxy.index(2, 0).data(Qt::UserRole).toString(), QStringLiteral("a3"));
        proxy.sort(AttemptTimelineModel::WhenColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("a1"));
        QCOMPARE(proxy.index(2, 0).data(Qt::UserRole).toString(), QStringLiteral("a3"));
        proxy.sort(AttemptTimelineModel::HintsColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("a3"));
    }

    void durationText_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
        QTest::newRow("rounds") << qint64(1'499) << QStringLiteral("0:01");
        QTest::newRow("minute") << qint64(60'000) << QStringLiteral("1:00");
        QTest::newRow("an hour") << qint64(3'723'000) << QStringLiteral("62:03");
    }

    void durationText()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(AttemptTimelineModel::durationText(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestAttemptTimelineModel)
#include "tst_attempttimelinemodel.moc"
