#pragma once

#include "core/clock.h"
#include "core/storage/database.h"
#include "support/testdatabase.h"
#include "ui/shell/appcontext.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace stages::test {

/// Test mode for paths and a private folder for QSettings, so GUI tests never touch the
/// user's database or settings. Call from initTestCase().
inline void isolateUserFiles(const QTemporaryDir &settingsDir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StagesTest"));
    QCoreApplication::setApplicationName(QStringLiteral("stages-gui-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
}

/// A real SQLite file with the SmallSchool (admin ada, teacher tom, trainer tia, pupil Pia in
/// 1.A with pictures 4,0,7), wrapped in the AppContext the window uses. The clock is manual so
/// tests can move past a sign-in wait.
struct GuiSchool
{
    QTemporaryDir dir;
    ManualClock clock;
    QString pupilId;
    QString classId;
    std::unique_ptr<AppContext> context;

    explicit GuiSchool(bool setUp = true)
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("stages.sqlite")));
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error()));
        if (setUp) {
            SmallSchool school(*opened.value(), clock);
            pupilId = school.pupilId;
            classId = school.classId;
        }
        context = std::make_unique<AppContext>(std::move(opened.value()), clock);
    }
    QString path() const { return dir.filePath(QStringLiteral("stages.sqlite")); }
};

/// Runs @p act on the modal dialog of type T once it is open (the code under test calls exec(),
/// which does not return until the dialog closes).
template<typename T> void whenDialogOpens(std::function<void(T *)> act)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}

/// Clicks the centre of @p widget with the left button, as a person would.
inline void click(QWidget *widget)
{
    QVERIFY2(widget, "no widget to click");
    QVERIFY2(widget->isVisible(), qPrintable(QStringLiteral("%1 is not visible").arg(widget->objectName())));
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->rect().center());
}

/// Types @p text into @p widget key by key, including letters QTest has no key code for (č, ž).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace stages::test
