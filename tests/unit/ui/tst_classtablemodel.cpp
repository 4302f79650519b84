#include "core/clock.h"
#include "support/testdatabase.h"
#include "ui/teacher/classtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace stages;
using namespace stages::test;

class TestClassTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTesterWithRealClasses()
    {
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        ClassService classes(*t.db, clock);
        QVERIFY(classes.addClass(school.admin, QStringLiteral("2.B")).ok());

        ClassTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setClasses(classes.classes().value());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, ClassTableModel::NameColumn).data().toString(), QStringLiteral("1.A"));
        QCOMPARE(model.index(0, ClassTableModel::PupilCountColumn).data().toInt(), 1);
        QCOMPARE(model.index(1, ClassTableModel::NameColumn).data().toString(), QStringLiteral("2.B"));
        QCOMPARE(model.index(1, ClassTableModel::PupilCountColumn).data().toInt(), 0);
        QCOMPARE(model.index(0, 0).data(Qt::UserRole).toString(), school.classId);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Pupils"));
        model.setClasses({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestClassTableModel)
#include "tst_classtablemodel.moc"
