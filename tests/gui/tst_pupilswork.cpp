// Pupils' work in the teacher area on a real SQLite file: the table model (checked by
// QAbstractItemModelTester), the class filter, opening rows drawn with the exercise's tokens,
// a melody with Play (sound or, without a device, lit notes and a notice) and MIDI export,
// and a comment written in the dialog and stored in the feedback table.

#include "guifixture.h"

#include "core/progress/attemptservice.h"
#include "core/storage/sqlquery.h"
#include "exercises/domains/domains.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/tasks/createtask.h"
#include "exercises/geometry/drawingartifact.h"
#include "exercises/geometry/view/createdrawingscreen.h"
#include "exercises/geometry/view/drawingartifactview.h"
#include "exercises/geometry/view/pointscanvas.h"
#include "exercises/music/melody.h"
#include "ui/teacher/artifactdialog.h"
#include "ui/teacher/artifactrowsview.h"
#include "ui/teacher/artifacttablemodel.h"
#include "ui/teacher/melodyartifactpanel.h"
#include "ui/teacher/pupilsworkpanel.h"
#include "ui/teacher/teacherarea.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace stages;
using namespace stages::test;

class TestPupilsWork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::shared_ptr<const ExerciseContent> m_content;

    struct Work
    {
        QString rows;
        QString melody;
        QString olgaId;
        QString otherClassId;
        ItemList rowItems;
    };

    /// Pia (1.A) saves rows in a "create" exercise; Olga (2.B) saves a melody.
    Work seed(GuiSchool &school)
    {
        Work w;
        AccountService &accounts = school.context->accounts();
        const Session admin
            = accounts.signInWithPassword(QStringLiteral("ada"), QString::fromLatin1(SmallSchool::kPassword)).value();
        w.otherClassId = school.context->classes().addClass(admin, QStringLiteral("2.B")).value().id;
        w.olgaId = accounts
                       .addPerson(
                           admin,
                           { Role::Pupil, QStringLiteral("Olga Other"), {}, {}, { 1, 2, 3 }, 0, QStringLiteral("2.B") })
                       .value()
                       .id;
        AttemptService attempts(school.context->database(), school.clock);

        const Exercise *create = nullptr;
        for (const Exercise &e : m_content->catalogue().exercises()) {
            if (e.task == QLatin1String("create") && e.skin == QLatin1String("colors")) {
                create = &e;
                break;
            }
        }
        Q_ASSERT(create);
        const QJsonValue answer = Evaluator(m_content->engine()).solve(*create).answer;
        for (const QJsonValue v : answer.toArray())
            w.rowItems.append(itemFromJson(v).value());
        const Session pia = accounts.signInWithPictures(school.pupilId, SmallSchool::pupilPictures()).value();
        AttemptRecord a { {}, create->id, create->domain, create->stage, 1.0, true, 60000, 0, answer, false, {}, {}, {} };
        a.artifact = AttemptRecord::Artifact { QStringLiteral("arrangements"), QStringLiteral("My rows"),
                                               CreateTask::artifactContent(*create, m_content->engine(), answer) };
        w.rows = attempts.record(pia, a).value().artifactId;

        school.clock.advance(60'000);
        music::Melody melody = music::Melody::fromPitches(*music::Pitch::parseList(QStringLiteral("C4 E4 G4 C5")), 0.5);
        melody.tempoBpm = 240;
        const Session olga = accounts.signInWithPictures(w.olgaId, { 1, 2, 3 }).value();
        AttemptRecord m {
            {}, QStringLiteral("music/create/s1"), QStringLiteral("music"), 4, 1.0, true, 30000, 0, QJsonArray(), false,
            {}, {}, {}
        };
        m.artifact = AttemptRecord::Artifact { QStringLiteral("melody"), QStringLiteral("My tune"),
                                               QJsonDocument::fromJson(melody.toJson()).object() };
        w.melody = attempts.record(olga, m).value().artifactId;
        return w;
    }

    static Session teacher(GuiSchool &school)
    {
        return school.context->accounts()
            .signInWithPassword(QStringLiteral("tom"), QString::fromLatin1(SmallSchool::kPassword))
            .value();
    }

private slots:
    void initTestCase()
    {
        isolateUserFiles(m_settings);
        m_content = makeExerciseContent();
    }

    void modelPassesTheTester()
    {
        ArtifactTableModel model([](const QString &id) { return id.toUpper(); });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ArtifactSummary a;
        a.id = QStringLiteral("a1");
        a.pupilName = QStringLiteral("Pia");
        a.className = QStringLiteral("1.A");
        a.exerciseId = QStringLiteral("comb/perm/n3/moves/create/s1");
        a.kind = QStringLiteral("arrangements");
        a.createdAt = QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
        a.feedbackCount = 2;
        ArtifactSummary b = a;
        b.id = QStringLiteral("b2");
        b.kind = QStringLiteral("melody");
        b.exerciseId.clear();
        b.title = QStringLiteral("Tune");
        model.setArtifacts({ a, b });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ArtifactTableModel::ColumnCount));
        QCOMPARE(model.index(0, ArtifactTableModel::KindColumn).data().toString(), QStringLiteral("Move sequence"));
        QCOMPARE(model.index(1, ArtifactTableModel::KindColumn).data().toString(), QStringLiteral("Melody"));
        QCOMPARE(model.index(0, ArtifactTableModel::ExerciseColumn).data().toString(),
                 QStringLiteral("COMB/PERM/N3/MOVES/CREATE/S1"));
        QCOMPARE(model.index(1, ArtifactTableModel::ExerciseColumn).data().toString(),
                 QStringLiteral("Tune")); // no name: the title
        QCOMPARE(model.index(1, ArtifactTableModel::PupilColumn).data(Qt::UserRole).toString(), QStringLiteral("b2"));
        QCOMPARE(model.index(0, ArtifactTableModel::DateColumn).data(ArtifactTableModel::SortRole).toDateTime(),
                 a.createdAt);
        QCOMPARE(model.index(0, ArtifactTableModel::CommentsColumn).data().toInt(), 2);
        model.setArtifacts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void tableFiltersByClassAndOpensRows()
    {
        GuiSchool school;
        const Work work = seed(school);
        TeacherArea area(*school.context, teacher(school));
        area.resize(1200, 760);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.showSection(QStringLiteral("work"));
        PupilsWorkPanel *panel = area.pupilsWorkPanel();
        QTRY_VERIFY(panel->table()->isVisible());
        QAbstractItemModelTester tester(panel->table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModel *model = panel->table()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, ArtifactTableModel::PupilColumn).data().toString(),
                 QStringLiteral("Olga Other")); // newest first
        QCOMPARE(model->index(1, ArtifactTableModel::KindColumn).data().toString(), QStringLiteral("Rows"));
        QVERIFY(model->index(1, ArtifactTableModel::ExerciseColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Stage 8: ")));
        QCOMPARE(model->index(0, ArtifactTableModel::ExerciseColumn).data().toString(), QStringLiteral("My tune"));

        panel->classFilter()->setCurrentIndex(panel->classFilter()->findText(QStringLiteral("1.A")));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ArtifactTableModel::PupilColumn).data().toString(), QStringLiteral("Pia Pupil"));

        // Open with a double-click; the rows are drawn; a comment is written and stored.
        int drawnRows = -1;
        QString firstComment;
        whenDialogOpens<ArtifactDialog>([&](ArtifactDialog *dialog) {
            if (dialog->rowsView())
                drawnRows = int(dialog->rowsView()->rows().size());
            typeText(dialog->commentField(), QStringLiteral("Lovely, all different!"));
            click(dialog->saveCommentButton());
            firstComment = dialog->commentList()->count() == 1 ? dialog->commentList()->item(0)->text() : QString();
            dialog->reject();
        });
        const QRect cell = panel->table()->visualRect(model->index(0, 0));
        QTest::mouseClick(panel->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(panel->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(drawnRows, int(work.rowItems.size()));
        QTRY_VERIFY2(firstComment.contains(QStringLiteral("Tom Teacher")), qPrintable(firstComment));
        QVERIFY(firstComment.contains(QStringLiteral("Lovely, all different!")));
        SqlQuery fb(school.context->database().sql(),
                    QStringLiteral("SELECT artifact_id, author_id, body FROM feedback"));
        QVERIFY(fb.exec().ok());
        QVERIFY(fb.next());
        QCOMPARE(fb.value(0).toString(), work.rows);
        QCOMPARE(fb.value(1).toString(), area.session().personId);
        QCOMPARE(fb.value(2).toString(), QStringLiteral("Lovely, all different!"));
        QTRY_COMPARE(model->index(0, ArtifactTableModel::CommentsColumn).data().toInt(), 1);
    }

    void melodyPlaysOrLightsUpAndExportsMidi()
    {
        GuiSchool school;
        const Work work = seed(school);
        PupilsWorkPanel panel(school.context->database(), school.clock, school.context->classes(), teacher(school));
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QTemporaryDir out;
        const QString midi = out.filePath(QStringLiteral("tune.mid"));
        bool sawLight = false;
        bool explained = false;
        int notes = 0;
        whenDialogOpens<ArtifactDialog>([&](ArtifactDialog *dialog) {
            MelodyArtifactPanel *melody = dialog->melodyPanel();
            if (!melody) {
                dialog->reject();
                return;
            }
            notes = int(melody->melody().notes.size());
            click(melody->playButton());
            // Without sound the notice says why; with sound there is nothing to explain.
            explained = melody->soundAvailable() ? !melody->notice()->isVisible()
                                                 : melody->notice()->isVisible() && !melody->notice()->text().isEmpty();
            QTRY_VERIFY(melody->highlightedNote() >= 0);
            sawLight = true;
            QTRY_VERIFY(!melody->isPlaying()); // 4 half beats at 240 BPM: half a second
            QVERIFY(melody->exportMidi(midi).ok());
            dialog->reject();
        });
        QVERIFY(panel.open(work.melody));
        QCOMPARE(notes, 4);
        QVERIFY(sawLight);
        QVERIFY(explained);
        QFile file(midi);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("MThd"));
    }

    // A pupil's drawing (geometry, create-drawing) opens as a picture the teacher can save as SVG.
    void drawingOpensAsAPicture()
    {
        GuiSchool school;
        (void)seed(school);
        const Exercise *create = nullptr;
        for (const Exercise &e : m_content->catalogue().exercises()) {
            if (e.task == QLatin1String("create-drawing")) {
                create = &e;
                break;
            }
        }
        QVERIFY(create);
        geometry::Drawing drawing(8, geometry::Drawing::Symmetry::Mirror);
        drawing.addStroke(1, 2, QStringLiteral("#C62828"));
        drawing.addShape(geometry::Shape { { 0, 3, 5 }, QStringLiteral("#1565C0"), QStringLiteral("#F9A825") });
        QJsonObject content = geometry::DrawingArtifact::content(drawing, QStringLiteral("My drawing"));
        content.insert(QStringLiteral("thumbnail"),
                       QString::fromLatin1(geometry::CreateDrawingScreen::thumbnail(drawing).toBase64()));
        const Session pia = school.context->accounts()
                                .signInWithPictures(school.pupilId, SmallSchool::pupilPictures())
                                .value();
        AttemptRecord a { {}, create->id, create->domain, create->stage, 1.0, true, 60000, 0, drawing.toJson(), false,
                          {}, {}, {} };
        a.artifact = AttemptRecord::Artifact { geometry::DrawingArtifact::artifactKind(), QStringLiteral("My drawing"),
                                               content };
        AttemptService attempts(school.context->database(), school.clock);
        const QString id = attempts.record(pia, a).value().artifactId;
        QVERIFY(!id.isEmpty());

        PupilsWorkPanel panel(school.context->database(), school.clock, school.context->classes(), teacher(school));
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTemporaryDir out;
        int lines = -1;
        int shapes = -1;
        bool saved = false;
        QString kind;
        whenDialogOpens<ArtifactDialog>([&](ArtifactDialog *dialog) {
            kind = dialog->windowTitle();
            if (auto *view = qobject_cast<geometry::DrawingArtifactView *>(dialog->domainView())) {
                lines = int(view->canvas()->marks().size());
                shapes = view->canvas()->shapeAt(QRectF(view->canvas()->rect()).center()) >= 0 ? 1 : 0;
                saved = view->saveSvg(out.filePath(QStringLiteral("drawing.svg")));
            }
            dialog->reject();
        });
        QVERIFY(panel.open(id));
        QVERIFY2(kind.contains(QStringLiteral("Drawing")), qPrintable(kind));
        QCOMPARE(lines, 2); // the stroke and its mirror image
        QCOMPARE(shapes, 1);
        QVERIFY(saved);
        QFile svg(out.filePath(QStringLiteral("drawing.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<polygon"));
    }
};

QTEST_MAIN(TestPupilsWork)
#include "tst_pupilswork.moc"
