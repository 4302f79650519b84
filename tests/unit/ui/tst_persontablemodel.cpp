#include "core/clock.h"
#include "support/testdatabase.h"
#include "ui/teacher/persontablemodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QTest>

using namespace stages;
using namespace stages::test;

class TestPersonTableModel : public QObject
{
    Q_OBJECT

private slots:
    void columns_data()
    {
        QTest::addColumn<QList<PersonTableModel::Field>>("fields");
        QTest::addColumn<QStringList>("headers");
        using F = PersonTableModel::Field;
        QTest::newRow("pupils") << QList<F> { F::Name, F::Class }
                                << QStringList { QStringLiteral("Name"), QStringLiteral("Class") };
        QTest::newRow("staff") << QList<F> { F::Name, F::Role, F::Login }
                               << QStringList { QStringLiteral("Name"), QStringLiteral("Role"),
                                                QStringLiteral("Login") };
    }

    void columns()
    {
        QFETCH(QList<PersonTableModel::Field>, fields);
        QFETCH(QStringList, headers);
        TestDatabase t;
        ManualClock clock;
        SmallSchool school(*t.db, clock);
        AccountService accounts(*t.db, clock);

        PersonTableModel model(fields);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPeople(accounts.people(school.admin).value());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(fields.size()));
        for (int c = 0; c < headers.size(); ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), headers.at(c));
        for (int row = 0; row < model.rowCount(); ++row) {
            const Person &p = model.people().at(row);
            QCOMPARE(model.index(row, 0).data().toString(), p.displayName);
            QCOMPARE(model.index(row, 0).data(Qt::UserRole).toString(), p.id);
            // Pupils carry their avatar in the name column; staff do not.
            QCOMPARE(model.index(row, 0).data(Qt::DecorationRole).isValid(), p.role == Role::Pupil);
            if (const int c = model.columnOf(PersonTableModel::Field::Class); c >= 0)
                QCOMPARE(model.index(row, c).data().toString(), p.className);
            if (const int c = model.columnOf(PersonTableModel::Field::Role); c >= 0)
                QCOMPARE(model.index(row, c).data().toString(), roleDisplayName(p.role));
            if (const int c = model.columnOf(PersonTableModel::Field::Login); c >= 0)
                QCOMPARE(model.index(row, c).data().toString(), p.login);
        }
        model.setPeople({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestPersonTableModel)
#include "tst_persontablemodel.moc"
