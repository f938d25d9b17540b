// Providers and routes. Screens are loaded when first opened to keep the first load small.
import { Center, Loader, MantineProvider } from "@mantine/core";
import { DatesProvider } from "@mantine/dates";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, Route, Routes, useLocation } from "react-router";
import "dayjs/locale/ru";
import { createQueryClient } from "./app/queryClient";
import { SessionProvider, useSessionState } from "./app/session";
import { Shell } from "./app/Shell";
import { theme } from "./app/theme";
import { ErrorState } from "./components/ErrorState";
import { GlobalSearch } from "./features/search/GlobalSearch";

const SetupPage = lazy(() => import("./features/auth/SetupPage"));
const SignInPage = lazy(() => import("./features/auth/SignInPage"));
const InvitePage = lazy(() => import("./features/auth/InvitePage"));
const ResetPasswordPage = lazy(() => import("./features/auth/ResetPasswordPage"));
const ListPage = lazy(() => import("./features/records/ListPage"));
const RecordPage = lazy(() => import("./features/records/RecordPage"));
const BoardPage = lazy(() => import("./features/board/BoardPage"));
const MyWorkPage = lazy(() => import("./features/mywork/MyWorkPage"));
const DashboardPage = lazy(() => import("./features/dashboard/DashboardPage"));
const SettingsPage = lazy(() => import("./features/settings/SettingsPage"));
const ImportPage = lazy(() => import("./features/import/ImportPage"));
const NotFoundPage = lazy(() => import("./components/NotFoundPage"));

function PageLoader() {
  return (
    <Center h="60vh">
      <Loader />
    </Center>
  );
}

function SignedInRoutes() {
  return (
    <Shell>
      <GlobalSearch />
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route path="/" element={<Navigate to="/my-work" replace />} />
          <Route path="/my-work" element={<MyWorkPage />} />
          <Route path="/people" element={<ListPage object="people" />} />
          <Route path="/people/:id" element={<RecordPage object="people" />} />
          <Route path="/companies" element={<ListPage object="companies" />} />
          <Route path="/companies/:id" element={<RecordPage object="companies" />} />
          <Route path="/deals" element={<ListPage object="deals" />} />
          <Route path="/deals/:id" element={<RecordPage object="deals" />} />
          <Route path="/board" element={<BoardPage />} />
          <Route path="/board/:pipelineId" element={<BoardPage />} />
          <Route path="/dashboard" element={<DashboardPage />} />
          <Route path="/import" element={<ImportPage />} />
          <Route path="/settings/*" element={<SettingsPage />} />
          <Route path="/setup" element={<Navigate to="/my-work" replace />} />
          <Route path="/sign-in" element={<Navigate to="/my-work" replace />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}

function Screens() {
  const state = useSessionState();
  const location = useLocation();
  if (state.status === "loading") return <PageLoader />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  if (state.status === "signed-in") {
    // An invitation or reset link opened while signed in shows its page, outside the shell.
    return (
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route path="/invite/:token" element={<InvitePage />} />
          <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
          <Route path="*" element={<SignedInRoutes />} />
        </Routes>
      </Suspense>
    );
  }
  const target = state.setupRequired ? "/setup" : "/sign-in";
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        <Route path="/setup" element={state.setupRequired ? <SetupPage /> : <Navigate to="/sign-in" replace />} />
        <Route path="/sign-in" element={state.setupRequired ? <Navigate to="/setup" replace /> : <SignInPage />} />
        <Route path="/invite/:token" element={<InvitePage />} />
        <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
        <Route path="*" element={<Navigate to={target} replace state={{ from: location.pathname }} />} />
      </Routes>
    </Suspense>
  );
}

function Localized({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: i18n.language === "ru" ? 1 : 0 }}>{children}</DatesProvider>;
}

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Localized>
        <Notifications position="top-right" />
        <QueryClientProvider client={client}>
          <BrowserRouter>
            <SessionProvider>
              <Screens />
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </Localized>
    </MantineProvider>
  );
}
